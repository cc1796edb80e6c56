import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/content-error.ts';
import { parseYamlFields } from '../../../src/lib/content/frontmatter.ts';
import { readContentFile } from '../../../src/lib/content/read-content.ts';
import { validateFields } from '../../../src/lib/content/schema-errors.ts';
import { ArticleQuestionsSchema, ArticleSchema, GlossaryEntrySchema, UnitSchema } from '../../../src/lib/content/schemas.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE = 'content/articles/bad.md';
const frontmatter = (fields: string) => `---\ntitle: A title\nsource: Test Outlet\npublished: 2016-09-18\n${fields}---\n\nFirst paragraph.\n`;
const readArticle = (text: string | Uint8Array) => readContentFile(typeof text === 'string' ? utf8(text) : text, ARTICLE, ArticleSchema);
/** The message a file's problem stops the build with. */
const problemOf = (read: () => unknown): string => {
  try {
    read();
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError');
};

describe('content files: what the build refuses, said naming the file and the field', () => {
  it('reads a good article', () => {
    const { id, data, body } = readArticle(frontmatter('language: EN-us\nurl: https://www.voanews.com/a/x.html\n'));
    expect(id).toBe('bad');
    expect(data.language).toBe('en-US');
    expect(body.trim()).toBe('First paragraph.');
  });

  it('an unknown field, with the likely one', () => {
    expect(problemOf(() => readArticle(frontmatter('authr: Someone\n')))).toBe('content/articles/bad.md: unknown field "authr" (did you mean "author"?)');
    expect(problemOf(() => readArticle(frontmatter('captions:\n  - txet: A caption\n')))).toBe(
      'content/articles/bad.md: field "captions.0.text": Required; unknown field "captions.0.txet" (did you mean "text"?)',
    );
    expect(problemOf(() => readArticle(frontmatter('colour: blue\n')))).toBe('content/articles/bad.md: unknown field "colour"');
  });

  it('a missing field, a wrong type, an empty value', () => {
    expect(problemOf(() => readArticle('---\ntitle: T\npublished: 2016-09-18\n---\n\nText.\n'))).toBe('content/articles/bad.md: field "source": Required');
    expect(problemOf(() => readArticle(frontmatter('author: [A, B]\n')))).toBe('content/articles/bad.md: field "author": expected text, got ["A","B"]');
    expect(problemOf(() => readArticle(frontmatter('dek: "  "\n')))).toBe('content/articles/bad.md: field "dek": must not be empty');
  });

  it('published: only a calendar day as YYYY-MM-DD', () => {
    const published = (value: string) => problemOf(() => readArticle(`---\ntitle: T\nsource: S\npublished: ${value}\n---\n\nText.\n`));
    const refused: [string, string][] = [['null', 'null'], ['0', '0'], ['true', 'true'], ['-1', '-1'], ['[2016]', '[2016]'], ['"2016-02-30"', '"2016-02-30"'], ['September 18, 2016', '"September 18, 2016"'], ['1474156800', '1474156800']];
    for (const [value, shown] of refused) {
      expect(published(value)).toBe(`content/articles/bad.md: field "published": a calendar day as YYYY-MM-DD, such as 2016-09-18; got ${shown}`);
    }
    expect(problemOf(() => readArticle('---\ntitle: T\nsource: S\n---\n\nText.\n'))).toBe('content/articles/bad.md: field "published": Required');
    expect(readArticle(frontmatter('').replace('2016-09-18', '"2016-09-18"')).data.published.toISOString()).toBe('2016-09-18T00:00:00.000Z');
  });

  it('url: only http(s) addresses', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com/', 'www.example.com']) {
      expect(problemOf(() => readArticle(frontmatter(`url: "${url}"\n`)))).toBe('content/articles/bad.md: field "url": a web address starting with http:// or https://');
    }
  });

  it('language: a BCP 47 tag', () => {
    for (const tag of ['en_US', 'x', 'en-', '"12"']) {
      expect(problemOf(() => readArticle(frontmatter(`language: ${tag}\n`)))).toMatch(/^content\/articles\/bad\.md: field "language": a language tag such as "en", "fr" or "pt-BR"; got /);
    }
  });

  it('an empty article body', () => {
    expect(problemOf(() => readArticle('---\ntitle: T\nsource: S\npublished: 2016-09-18\n---\n\n  \n'))).toBe('content/articles/bad.md: no text: the article body after the frontmatter is empty');
    // A unit's or a glossary entry's body is optional.
    expect(readContentFile(utf8('---\nname: Raqqa\nkind: place\nsummary: A city.\n---\n'), 'content/glossary/raqqa.md', GlossaryEntrySchema).body).toBe('');
  });

  it('bytes that are not UTF-8 text, NUL and control characters: the importer’s checks', () => {
    const latin1 = Uint8Array.from([...utf8(frontmatter('')).slice(0, -2), 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(problemOf(() => readArticle(latin1))).toBe('content/articles/bad.md: not UTF-8 text (first bad byte on line 7): save the file as UTF-8 and import it again');
    expect(problemOf(() => readArticle(frontmatter('').replace('First', 'Fi\u0000rst')))).toBe('content/articles/bad.md: binary file (it contains NUL bytes), not pasted text');
    expect(problemOf(() => readArticle(frontmatter('').replace('First', 'Fi\u0007rst')))).toBe('content/articles/bad.md: a control character (U+0007) on line 7: delete it (it is invisible in most editors)');
    expect(problemOf(() => readArticle(frontmatter('').replace('First', 'Fi\u009brst')))).toMatch(/\(U\+009B\) on line 7/);
    expect(readArticle(frontmatter('').replace('First', 'Tab\there,\r\nCRLF')).body).toContain('Tab\there');
  });

  // These three were builds in test/site/bad-input.test.ts: the loader reads every file through readContentFile.
  it('malformed frontmatter: names the file and the line', () => {
    expect(problemOf(() => readArticle(`---\ntitle: "An unclosed quote\nsource: Test Outlet\npublished: 2016-09-18\n---\n\nText.\n`))).toMatch(
      /^content\/articles\/bad\.md: malformed frontmatter \(line \d+ of the file\)/,
    );
  });

  it('no frontmatter at all: names the file', () => {
    expect(problemOf(() => readArticle('Just pasted text.\n'))).toMatch(/^content\/articles\/bad\.md: no frontmatter/);
  });

  it('a wrong value: names the file and the field', () => {
    expect(problemOf(() => readArticle(`---\ntitle: Bad date\nsource: Test Outlet\npublished: next Tuesday\n---\n\nText.\n`))).toMatch(/^content\/articles\/bad\.md: field "published": /);
  });

  it('a file name that cannot be a page address', () => {
    expect(problemOf(() => readContentFile(utf8(frontmatter('')), 'content/articles/Bad Name.md', ArticleSchema))).toBe(
      'content/articles/Bad Name.md: the file name must be lowercase letters, digits and hyphens (it becomes the page address)',
    );
  });

  it('a YAML alias bomb fails fast, naming the file', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    const started = performance.now();
    expect(problemOf(() => readArticle(`---\n${bomb}\n---\n\nText.\n`))).toMatch(/^content\/articles\/bad\.md: malformed frontmatter: .*alias/i);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(problemOf(() => parseYamlFields(bomb, 'content/site.yaml', 'YAML'))).toMatch(/^content\/site\.yaml: malformed YAML: /);
  });
});

describe('glossary, questions and units', () => {
  const entry = (fields: string) => readContentFile(utf8(`---\nsummary: A group.\n${fields}---\n`), 'content/glossary/g.md', GlossaryEntrySchema);

  it('a name or alias must hold a letter or a digit', () => {
    expect(problemOf(() => entry('name: Nusra\nkind: group\naliases: ["-"]\n'))).toBe('content/glossary/g.md: field "aliases.0": must contain a letter or a digit');
    expect(problemOf(() => entry('name: "…"\nkind: group\n'))).toBe('content/glossary/g.md: field "name": must contain a letter or a digit');
    expect(entry('name: G7\nkind: group\naliases: ["9/11", "Ö"]\n').data.aliases).toEqual(['9/11', 'Ö']);
  });

  it('a kind outside the list, a summary too long', () => {
    expect(problemOf(() => entry('name: X\nkind: tribe\n'))).toBe('content/glossary/g.md: field "kind": must be one of person, group, organization, place, event, agreement; got "tribe"');
    expect(problemOf(() => readContentFile(utf8(`---\nname: X\nkind: group\nsummary: ${'a'.repeat(401)}\n---\n`), 'content/glossary/g.md', GlossaryEntrySchema))).toBe(
      'content/glossary/g.md: field "summary": at most 400 characters (this one has 401)',
    );
  });

  it('a unit listing an article twice', () => {
    const unit = (articles: string) => readContentFile(utf8(`---\ntitle: U\narticles: ${articles}\n---\n`), 'content/units/u.md', UnitSchema);
    expect(problemOf(() => unit('[a, b, a]'))).toBe('content/units/u.md: field "articles.2": "a" is listed twice (also articles.0)');
    expect(problemOf(() => unit('[]'))).toBe('content/units/u.md: field "articles": must list at least 1');
    expect(unit('[a, b]').data.articles).toEqual(['a', 'b']);
  });

  it('questions: an unknown field inside a question', () => {
    expect(problemOf(() => readContentFile(utf8('---\nevidence:\n  - question: Why?\n    answr: Because.\n---\n'), 'content/questions/q.md', ArticleQuestionsSchema))).toBe(
      'content/questions/q.md: unknown field "evidence.0.answr" (did you mean "answer"?)',
    );
  });

  it('validateFields says every problem of a file at once', () => {
    expect(problemOf(() => validateFields(ArticleSchema, { title: '', published: 'x' }, 'a.md'))).toBe(
      'a.md: field "title": must not be empty; field "source": Required; field "published": a calendar day as YYYY-MM-DD, such as 2016-09-18; got "x"',
    );
  });
});

describe('the command-line tools read content as the build does', () => {
  it('glossary:check refuses a file name the loader refuses, with the same message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
    try {
      mkdirSync(join(dir, 'articles'));
      mkdirSync(join(dir, 'glossary'));
      writeFileSync(join(dir, 'articles', 'Bad Name.md'), frontmatter(''));
      const result = spawnSync(resolve('node_modules/node/bin/node'), [resolve('src/cli/glossary-check.ts')], { cwd: dir, encoding: 'utf8', env: { ...process.env, GLOSS_CONTENT_DIR: dir } });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('articles/Bad Name.md: the file name must be lowercase letters, digits and hyphens (it becomes the page address)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
