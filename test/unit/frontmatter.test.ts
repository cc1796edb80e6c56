import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';

describe('parseMarkdownFile', () => {
  it('splits YAML frontmatter from the body', () => {
    const file = parseMarkdownFile('---\ntitle: A “title”\npublished: 2016-09-18\n---\n\nBody text.\n', 'a.md');
    expect(file.data).toEqual({ title: 'A “title”', published: '2016-09-18' });
    expect(file.body).toBe('\nBody text.\n');
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const file = parseMarkdownFile('\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n', 'a.md');
    expect(file.data).toEqual({ title: 'T' });
    expect(file.body).toBe('Body\r\n');
  });

  it('names the file and the line of malformed YAML', () => {
    const parse = () => parseMarkdownFile('---\ntitle: ok\nsource: "unclosed\n---\nBody', 'content/articles/x.md');
    expect(parse).toThrow(ContentError);
    expect(parse).toThrow(/^content\/articles\/x\.md: malformed frontmatter \(line \d+ of the file\)/);
  });

  it('refuses a repeated field rather than keeping one silently', () => {
    expect(() => parseMarkdownFile('---\ntitle: a\ntitle: b\n---\n', 'x.md')).toThrow(/x\.md: malformed frontmatter/);
  });

  it('refuses a file with no frontmatter, saying what is expected', () => {
    expect(() => parseMarkdownFile('Just text', 'x.md')).toThrow(/x\.md: no frontmatter: the file must start with a "---" line/);
  });

  it('refuses frontmatter that is not a set of fields', () => {
    expect(() => parseMarkdownFile('---\n- a\n- b\n---\n', 'x.md')).toThrow(/x\.md: malformed frontmatter: expected "field: value" lines/);
  });
});
