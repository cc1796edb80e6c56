import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the index lives in `dist/`; the search page loads `pagefind.js` from here. */
export const SEARCH_INDEX_DIR = 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API as the last step of
 * `astro build`, so `npm run build` always ships a search index that matches
 * the pages. Only pages marked `data-pagefind-body` (articles, glossary
 * entries) are indexed; their filters, sort keys and metadata are in the markup.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'gloss-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_INDEX_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
