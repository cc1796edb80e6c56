import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../../src/lib/content/frontmatter.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { escapeMarkdownText } from '../../../src/lib/import/markdown-escape.ts';
import { normaliseLine } from '../../../src/lib/import/source-lines.ts';
import { createArticleRenderer } from '../../../src/render/article.ts';
import { bodyRenderers, type BodyRendererName } from '../../../src/render/index.ts';

/** Pasted lines that are Markdown, or HTML, if written into a file as they are. */
const HOSTILE = [
  '# Not a heading',
  '## Nor this ##',
  '> Not a quote',
  '- not a list item',
  '+ nor this',
  '* nor this',
  '1. not an ordered list',
  '2) nor this',
  '---',
  '***',
  '___',
  '[click me](javascript:alert(1)) and ![x](javascript:alert(2))',
  '[ref][r] and [r]: javascript:alert(3)',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '<!-- a comment --> and <ftp://example.org/file> and <x@y>',
  '*emphasis*, **strong**, _under_, __score__, ~strike~ and ~~struck~~',
  '`code` and ```fence```',
  '~~~',
  'Entities: &amp; &lt;b&gt; &#60; &#x3C; &copy; but AT&T and R&D stay',
  'A backslash \\ and an escape \\* and a trailing one \\',
  'Tables | need | two | lines',
  '[^1] footnote',
  'Kerry said: “It is getting close to that even now.”',
];

const render = createArticleRenderer('satteri');

describe('escapeMarkdownText', () => {
  it('leaves ordinary prose alone, so imported files stay readable', () => {
    const prose = 'U.S. Secretary of State John Kerry dismissed Syria’s rejection of the cease-fire (on Monday) — 62 soldiers, 300,000 dead.';
    expect(escapeMarkdownText(prose)).toBe(prose);
  });

  it.each(HOSTILE)('%s renders as exactly that text', (line) => {
    const { html, paragraphs } = render({ body: escapeMarkdownText(line), captions: [] });
    expect(paragraphs).toEqual([line]);
    // One paragraph, its margin number, and nothing else: no heading, list, emphasis, link, image or script.
    expect([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((match) => match[1])).toEqual(['p', 'a']);
  });

  it.each(Object.keys(bodyRenderers) as BodyRendererName[])('keeps any text as it is through the %s pipeline (property)', (name) => {
    const renderBody = bodyRenderers[name]();
    const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
    const piece = fc.oneof(fc.constantFrom(...punctuation, ' ', '1.', '&amp;', '&#60;', 'word', '  ', '\t', 'é', '“'), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const line = normaliseLine(pieces.join(''));
        fc.pre(line !== '');
        const { html, paragraphs } = renderBody(escapeMarkdownText(line));
        expect(paragraphs).toEqual([line]);
        // Only bare web addresses may become links (GFM autolinks, which no escape prevents), and only to http(s) or mail.
        for (const [, tag, attributes] of html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/g)) {
          expect(['p', 'a']).toContain(tag);
          if (tag === 'a' && !attributes!.includes('class="pnum"')) expect(attributes).toMatch(/^ href="(?:https?:|mailto:)/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('an imported article, rendered as the site renders it', () => {
  it('reads paragraph for paragraph as the pasted lines', () => {
    const lines = ['Hostile Paste', '', ...HOSTILE.flatMap((line) => [line, ''])];
    const result = importText(new TextEncoder().encode(lines.join('\n')), 'hostile.txt', { source: 'Test', published: '2016-09-19', noDek: true });
    if (!result.ok) throw result.error;
    const { body } = parseMarkdownFile(result.article.markdown, 'hostile.md');
    expect(createArticleRenderer('satteri')({ body, captions: [] }).paragraphs).toEqual(HOSTILE);
  });
});
