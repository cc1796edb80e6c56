import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PageIndexer, setActiveIndexer } from './page-indexer.ts';

/** Where the index lives in `dist/`; the search page loads `pagefind.js` from here. */
export const SEARCH_INDEX_DIR = 'pagefind';

type Pagefind = typeof import('pagefind');

/**
 * Builds the Pagefind index with its Node API as part of `astro build`, so
 * `npm run build` always ships a search index that matches the pages. Pages
 * are indexed as they render, in Pagefind's own process alongside page
 * generation (bench/baseline/ indexes the built folder afterwards, as most
 * Astro sites do, to measure the difference). Only pages marked
 * `data-pagefind-body` (articles, glossary entries) are indexed; their
 * filters, sort keys and metadata are in the markup.
 */
export default function searchIndex(): AstroIntegration {
  let pagefind: Pagefind | undefined;
  let indexer: PageIndexer | undefined;
  let base = '/';
  return {
    name: 'gloss-search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': async () => {
        pagefind = await import('pagefind');
        indexer = new PageIndexer(await newIndex(pagefind), base);
        setActiveIndexer(indexer);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pagefind || !indexer) return;
        const site = fileURLToPath(dir);
        try {
          const { index, pages } = await pagesIndexed(indexer);
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_INDEX_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${pages} pages`);
        } finally {
          setActiveIndexer(undefined);
          await pagefind.close();
        }
      },
    },
  };
}

type Index = Awaited<ReturnType<typeof newIndex>>;

/** The index of the pages handed over while they rendered, once Pagefind has taken them all. */
async function pagesIndexed(indexer: PageIndexer): Promise<{ index: Index; pages: number }> {
  const { pages, errors } = await indexer.settled();
  if (errors.length > 0) throw new Error(`Pagefind could not index ${errors.length} page(s): ${errors.slice(0, 5).join('; ')}`);
  return { index: indexer.index, pages };
}

export async function newIndex({ createIndex }: Pagefind) {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
