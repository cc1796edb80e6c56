import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/import/import-text.ts';
import { fileReport } from '../../../src/lib/import/import-report.ts';
import { pageMetadata } from '../../../src/lib/import/page-metadata.ts';
import { parseHTML } from 'linkedom';
import { createArticleRenderer } from '../../../src/render/article.ts';

/** Saved pages in, article files out: the files beside each page are the hand-checked imports. */
const DIR = 'test/unit/import/fixtures/pages';
const PAGES = ['nytimes-1', 'bbc-1', 'lemonde-1'];
const render = createArticleRenderer('satteri');
const renderParagraphs = (body: string) => render({ body, captions: [] }).paragraphs;

const page = (name: string) => gunzipSync(readFileSync(join(DIR, `${name}.html.gz`)));

describe.each(PAGES)('saved page %s', (name) => {
  it('imports to the article file beside it, byte for byte', () => {
    const result = importText(page(name), `${name}.html`);
    if (!result.ok) throw result.error;
    const golden = join(DIR, `${name}.md`);
    if (!existsSync(golden) && process.env.GLOSS_UPDATE_GOLDEN) writeFileSync(golden, result.article.markdown);
    expect(result.article.markdown).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('what a saved page gives', () => {
  it('reads the metadata from the page, saying where each field came from', () => {
    const result = importText(page('bbc-1'), 'bbc-1.html');
    if (!result.ok) throw result.error;
    const origin = (field: string) => result.article.origins.find((o) => o.field === field);
    expect(origin('source')).toMatchObject({ value: 'BBC News', evidence: expect.stringContaining('JSON-LD') });
    expect(origin('published')?.value).toBe('2015-07-24');
    expect(origin('url')?.value).toBe('http://www.bbc.com/news/world-us-canada-33646704');
    const report = fileReport({ input: 'bbc-1.html', result, outcome: 'written', target: 'x.md' }).join('\n');
    expect(report).toContain('caption 1 (the page’s figure caption)');
    expect(report).toContain('subheading');
  });

  it('keeps captions apart, once each, and subheadings out of the numbered paragraphs', () => {
    const result = importText(page('bbc-1'), 'bbc-1.html');
    if (!result.ok) throw result.error;
    const captions = result.article.fields.captions.map(({ text }) => text);
    expect(new Set(captions).size).toBe(captions.length);
    expect(result.article.paragraphs).not.toContain('Kenya trip');
    expect(result.article.paragraphs.some((p) => captions.includes(p))).toBe(false);
  });

  it('fails with a clear error naming the file when the page holds no article', () => {
    const html = '<!doctype html><html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav></body></html>';
    const result = importText(new TextEncoder().encode(html), 'saved/login.html', { published: '2016-01-01', source: 'X' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^saved\/login\.html: no article found in this page/u);
  });

  it('never lets the page inject markup: tags and links in its text are escaped, and read on the page as text', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} tells of &lt;script&gt;alert(1)&lt;/script&gt; and [a link](javascript:alert(1)) in the words of the story, at length enough to count.</p>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Story</title></head><body><article><h1>Story</h1>${body}</article></body></html>`;
    const result = importText(new TextEncoder().encode(html), 'story.html', { published: '2016-01-01', source: 'X' });
    if (!result.ok) throw result.error;
    expect(result.article.markdown).toContain('\\<script>alert(1)\\</script> and \\[a link](javascript:alert(1))');
    expect(renderParagraphs(result.article.markdown.split('---\n').slice(2).join('---\n'))[0]).toContain('<script>alert(1)</script> and [a link](javascript:alert(1))');
  });
});

describe('page metadata', () => {
  const read = (head: string) => pageMetadata(parseHTML(`<!doctype html><html lang="fr"><head>${head}</head><body></body></html>`).document as unknown as Document);

  it('prefers JSON-LD to OpenGraph, and says so', () => {
    const metadata = read(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"A B"}],"datePublished":"2016-09-19T10:00:00Z","publisher":{"@type":"Organization","name":"Outlet"}}</script>
       <meta property="og:site_name" content="Other"><link rel="canonical" href="https://example.org/a">`,
    );
    expect(metadata.source).toEqual({ value: 'Outlet', from: 'JSON-LD NewsArticle.publisher' });
    expect(metadata.author?.value).toBe('A B');
    expect(metadata.published?.value).toBe('2016-09-19');
    expect(metadata.url).toEqual({ value: 'https://example.org/a', from: '<link rel="canonical">' });
    expect(metadata.language?.value).toBe('fr');
  });

  it('reads JSON-LD in CDATA, name= meta tags, and never a profile address as the author', () => {
    const metadata = read(
      `<script type="application/ld+json">//<![CDATA[
{"@type":"Article","datePublished":"2018-04-05"}
//]]></script><meta property="article:author" content="https://example.org/by/x"><meta name="author" content="X Y"><meta name="article:publicationdate" content="2015-03-13">`,
    );
    expect(metadata.published?.value).toBe('2018-04-05');
    expect(metadata.author?.value).toBe('X Y');
  });

  it('drops an address that is not http(s)', () => {
    expect(read('<link rel="canonical" href="javascript:alert(1)">').url).toBeUndefined();
  });
});
