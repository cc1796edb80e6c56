import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { LINK_MODES } from '../../src/lib/glossary/link-terms.ts';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { glossaryLinker } from '../../src/lib/glossary/paragraph-linker.ts';
import { bodyRenderers, renderProse, type BodyRendererName } from '../../src/render/index.ts';
import { SAMPLE_ARTICLE_FILES, sampleArticle, sampleMatcher } from './fixtures/sample.ts';

/** Re-serialises HTML through one parser, so only the DOM counts, not how `>` was escaped. */
const canonical = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify);
const dom = (html: string) => String(canonical.processSync(html));

const seeds = SAMPLE_ARTICLE_FILES.map((file) => [file, sampleArticle(file).body] as const);

const tricky = [
  'Hello “world” & <b>bold?</b> <img src=x onerror=alert(1)>',
  '',
  'Second *para* with U.S. & A<B "q" [a link](https://example.org/?a=1&b=2) and https://example.org.',
  '',
  '> A quoted paragraph.',
  '>',
  '> And another.',
  '',
  '<script>alert(1)</script>',
  '',
  '- a list item is not a numbered paragraph',
  '',
  '## A heading',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '~~struck~~ `code <b>` [bad](javascript:alert(1)) ![alt text](javascript:alert(2)) [ref][r]',
  '',
  '[r]: javascript:alert(3)',
  '',
].join('\n');

const names = Object.keys(bodyRenderers) as BodyRendererName[];

/** The sample glossary, so that the comparison covers glossary terms as a real build links them. */
const matcher = sampleMatcher();

describe('the unified and Sätteri pipelines give the same HTML, glossary terms included', () => {
  const renderers = names.map((name) => bodyRenderers[name]({ createLinker: glossaryLinker(matcher) }));
  it.each([...seeds, ['tricky input', `${tricky}\nKerry met Lavrov in Geneva.\n`] as const])('%s', (_name, markdown) => {
    const [first, ...rest] = renderers.map((render) => render(markdown));
    expect(first!.mentions.length).toBeGreaterThan(0);
    expect(first!.html).toContain('class="term"');
    for (const other of rest) {
      expect(dom(other.html)).toBe(dom(first!.html));
      expect(other.paragraphs).toEqual(first!.paragraphs);
      expect(other.mentions).toEqual(first!.mentions);
    }
  });
});

describe.each(names)('%s pipeline', (name) => {
  const render = bodyRenderers[name]();
  const { html, paragraphs } = render(tricky);

  it('numbers body paragraphs and quoted paragraphs in reading order, not list items', () => {
    const ids = [...html.matchAll(/<p id="(p\d+)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(html).toContain('<li>a list item is not a numbered paragraph</li>');
    expect(paragraphs[2]).toBe('A quoted paragraph.');
  });

  it('adds a margin number that links to its paragraph, outside the paragraph text', () => {
    expect(html).toContain('<p id="p1"><a class="pnum" href="#p1" aria-label="Paragraph 1" data-pagefind-ignore="">1</a>Hello');
    expect(paragraphs[0]!.startsWith('Hello')).toBe(true);
  });

  it('shows raw HTML as text, keeping block HTML as its own paragraph', () => {
    expect(paragraphs[0]).toBe('Hello “world” & <b>bold?</b> <img src=x onerror=alert(1)>');
    expect(paragraphs[4]).toBe('<script>alert(1)</script>');
    expect(html).not.toMatch(/<(script|img|b)[\s>]/);
  });

  it('drops unsafe link addresses but keeps their words', () => {
    expect(html).not.toContain('javascript:');
    expect(paragraphs[5]).toBe('struck code <b> bad alt text ref');
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2">a link</a>');
  });

  it('keeps every word of a real article', () => {
    const [, markdown] = seeds[0]!;
    const sourceParagraphs = markdown.trim().split(/\n\n+/);
    expect(render(markdown).paragraphs).toEqual(sourceParagraphs);
  });
});

describe('prose (glossary entries, unit instructions) goes through the chosen pipeline, under the same rules', () => {
  const prose = names.map((name) => renderProse(tricky, name));

  it('gives the same HTML in both, without paragraph numbers or unsafe markup', () => {
    for (const other of prose.slice(1)) expect(dom(other)).toBe(dom(prose[0]!));
    for (const html of prose) {
      expect(html).not.toContain('class="pnum"');
      expect(html).not.toContain('javascript:');
      expect(html).not.toMatch(/<(script|img|b)[\s>]/);
      expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2">a link</a>');
    }
  });
});

describe.each(names)('the glossaryLinks modes, through the %s pipeline', (name) => {
  const kerry = createMatcher([
    { entityId: 'john-kerry', name: 'John Kerry' },
    { entityId: 'john-kerry', name: 'Kerry' },
    { entityId: 'geneva', name: 'Geneva' },
  ]);
  const markdown = 'John Kerry flew to Geneva. Kerry met Lavrov there.\n\nKerry spoke in Geneva again.\n\nNo names.\n';
  const rendered = (mode: (typeof LINK_MODES)[number]) => bodyRenderers[name]({ createLinker: glossaryLinker(kerry, mode) })(markdown);
  const terms = (html: string) => [...html.matchAll(/<p id="(p\d+)">|data-entity="([^"]+)"/gu)].map((match) => match[1] ?? match[2]);

  it('every: every mention is a term', () => {
    expect(terms(rendered('every').html)).toEqual(['p1', 'john-kerry', 'geneva', 'john-kerry', 'p2', 'john-kerry', 'geneva', 'p3']);
  });

  it('first-per-paragraph (the default): the first mention of each entity in each paragraph', () => {
    expect(terms(rendered('first-per-paragraph').html)).toEqual(['p1', 'john-kerry', 'geneva', 'p2', 'john-kerry', 'geneva', 'p3']);
    expect(terms(bodyRenderers[name]({ createLinker: glossaryLinker(kerry) })(markdown).html)).toEqual(terms(rendered('first-per-paragraph').html));
  });

  it('first-per-article: each entity once in the article', () => {
    expect(terms(rendered('first-per-article').html)).toEqual(['p1', 'john-kerry', 'geneva', 'p2', 'p3']);
  });

  it('reports every mention whatever the mode, and keeps the words', () => {
    const [first, ...rest] = LINK_MODES.map(rendered);
    expect(first!.mentions).toHaveLength(5);
    for (const other of rest) {
      expect(other.mentions).toEqual(first!.mentions);
      expect(other.paragraphs).toEqual(first!.paragraphs);
    }
  });
});
