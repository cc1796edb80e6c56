import type { PagefindIndex } from 'pagefind';
import { indexableDocument } from '../lib/search/indexable-document.ts';

/**
 * Hands pages to Pagefind while Astro renders them, so the indexing, in
 * Pagefind's own process, runs on another core alongside page generation
 * instead of re-reading every page from disk after it. The integration
 * starts one per build; the middleware, bundled apart from the integration,
 * finds it on `globalThis`.
 */
export class PageIndexer {
  readonly index: PagefindIndex;
  readonly #base: string;
  readonly #pending: Promise<void>[] = [];
  readonly #errors: string[] = [];
  #pages = 0;

  constructor(index: PagefindIndex, base: string) {
    this.index = index;
    this.#base = base.endsWith('/') ? base : `${base}/`;
  }

  /**
   * Indexes the searchable part of a rendered page, if it has one: only pages
   * marked `data-pagefind-body` do (articles, glossary entries). The URL is
   * the page's path without the site's base, as Pagefind gives it for a
   * folder of pages; the search page adds the base back (`baseUrl`).
   */
  add(pathname: string, html: string): void {
    const content = indexableDocument(html);
    if (content === undefined) return;
    const url = pathname.startsWith(this.#base) ? `/${pathname.slice(this.#base.length)}` : pathname;
    this.#pending.push(
      this.index.addHTMLFile({ url, content }).then(
        ({ errors }) => {
          if (errors.length > 0) this.#errors.push(`${url}: ${errors.join('; ')}`);
          else this.#pages += 1;
        },
        (error: unknown) => void this.#errors.push(`${url}: ${String(error)}`),
      ),
    );
  }

  /** Waits for every page handed over so far. */
  async settled(): Promise<{ pages: number; errors: string[] }> {
    await Promise.all(this.#pending);
    return { pages: this.#pages, errors: this.#errors };
  }
}

const ACTIVE = Symbol.for('gloss.search-index.page-indexer');
type WithIndexer = typeof globalThis & { [ACTIVE]?: PageIndexer };

/** The indexer of the build in progress; undefined in `astro dev` and outside builds. */
export function activeIndexer(): PageIndexer | undefined {
  return (globalThis as WithIndexer)[ACTIVE];
}

export function setActiveIndexer(indexer: PageIndexer | undefined): void {
  (globalThis as WithIndexer)[ACTIVE] = indexer;
}
