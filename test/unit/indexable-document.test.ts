import { describe, expect, it } from 'vitest';
import { indexableDocument } from '../../src/lib/search/indexable-document.ts';

const page = (body: string, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>T</title><style>.a{}</style></head><body><header>Site</header>${body}<aside>cards</aside></body></html>`;

describe('indexableDocument', () => {
  it('keeps the marked element and the page language, and drops the rest of the page', () => {
    const article = '<article data-pagefind-body><h1 data-pagefind-meta="title">Truce</h1><p>Kerry said</p><span data-pagefind-filter="outlet:VOA"></span></article>';
    expect(indexableDocument(page(article, 'fr'))).toBe(`<!DOCTYPE html><html lang="fr"><body>${article}</body></html>`);
  });

  it('finds the end of an element that holds others of its own name', () => {
    const body = '<div class="x" data-pagefind-body><div><div>a</div></div><DIV>b</DIV><divider>c</divider></div>';
    expect(indexableDocument(page(`${body}<div>after</div>`))).toContain(`<body>${body}</body>`);
  });

  it('is undefined for a page with nothing to index, and the whole page when the element never closes', () => {
    expect(indexableDocument(page('<main>no search here</main>'))).toBeUndefined();
    const broken = page('<article data-pagefind-body><p>cut off');
    expect(indexableDocument(broken.replace('</body></html>', ''))).toBe(broken.replace('</body></html>', ''));
  });

  it('takes the marker only as an attribute: not in text, nor in another attribute’s value', () => {
    const decoys = '<main><p title="see data-pagefind-body">The attribute data-pagefind-body marks what is searched.</p></main>';
    expect(indexableDocument(page(decoys))).toBeUndefined();
    const article = '<article class="x" data-pagefind-body><p>Body</p></article>';
    expect(indexableDocument(page(`${decoys}${article}`))).toContain(`<body>${article}</body>`);
  });

  it('leaves out the lang attribute when the page has none', () => {
    expect(indexableDocument('<html><body><article data-pagefind-body>x</article></body></html>')).toBe('<!DOCTYPE html><html><body><article data-pagefind-body>x</article></body></html>');
  });
});
