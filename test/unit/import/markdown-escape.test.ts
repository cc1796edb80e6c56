import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
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

/** Pasted lines with web addresses that Markdown escapes inside them would break. */
const ADDRESSES = [
  'See https://en.wikipedia.org/wiki/Syrian_Civil_War for the background.',
  'https://www.nytimes.com/2016/09/19/world/middleeast/syria.html?_r=0',
  'Home page: http://example.edu/~lynch/ and www.example.org/a_b_c.',
  'Broken paste: https://example.org/a<b and https://example.org/x&amp;y=1',
  'Code in a link: https://example.org/`rm -rf`/ and *https://example.org/star_*',
  '(https://example.org/a_(b)_c) and mail to first_last@example.org',
  'A backslash https://example.org/a\\b and https://example.org/[a](b)',
];

const render = createArticleRenderer('satteri');

/** Each link's address and words, from the rendered HTML (paragraph numbers left out). */
function linksIn(html: string): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html), 'element', (node: Element) => {
    if (node.tagName === 'a' && !String(node.properties.className ?? '').includes('pnum')) links.push({ href: String(node.properties.href), text: toString(node) });
  });
  return links;
}

const decoded = (uri: string): string | undefined => {
  try {
    return decodeURIComponent(uri);
  } catch {
    return undefined;
  }
};

/** A bare address links to exactly the address it shows (no stray backslash, no lost character). */
function expectLinksToWhatTheyShow(html: string): void {
  for (const { href, text } of linksIn(html)) {
    expect(href).toMatch(/^(?:https?:|mailto:)/i);
    const [address, words] = [decoded(href), decoded(text)];
    // "www.…" gets http://, an e-mail address mailto:; the rest must be the words shown.
    if (address !== undefined && words !== undefined) expect([words, `http://${words}`, `mailto:${words}`]).toContain(address);
  }
}

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

  it.each(ADDRESSES)('%s: the words as pasted, each address linked to itself', (line) => {
    for (const renderBody of Object.values(bodyRenderers).map((create) => create())) {
      const { html, paragraphs } = renderBody(escapeMarkdownText(line));
      expect(paragraphs).toEqual([line]);
      expect(linksIn(html).length).toBeGreaterThan(0);
      expectLinksToWhatTheyShow(html);
    }
  });

  it.each(Object.keys(bodyRenderers) as BodyRendererName[])('keeps any text as it is through the %s pipeline (property)', (name) => {
    const renderBody = bodyRenderers[name]();
    const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
    const address = fc.constantFrom('https://', 'http://example.org/', 'www.', 'www.example.org/', 'en.wikipedia.org/wiki/Syrian_Civil_War', '?_r=0', '/~user/', 'a@b.org', '_');
    const piece = fc.oneof(fc.constantFrom(...punctuation, ' ', '1.', '&amp;', '&#60;', 'word', '  ', '\t', 'é', '“'), fc.string({ maxLength: 5 }), address);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const line = normaliseLine(pieces.join(''));
        fc.pre(line !== '');
        const { html, paragraphs } = renderBody(escapeMarkdownText(line));
        expect(paragraphs).toEqual([line]);
        // Only bare web addresses may become links (GFM autolinks, which no escape prevents), and only to http(s) or mail.
        for (const [, tag] of html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/g)) expect(['p', 'a']).toContain(tag);
        expectLinksToWhatTheyShow(html);
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
