import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { newIndex, SEARCH_INDEX_DIR } from '../../src/integrations/search-index.ts';

/**
 * The baseline's search index: Pagefind over the built folder, after the
 * build, as most Astro sites run it (Gloss indexes pages as they render; see
 * src/integrations/search-index.ts). The same Pagefind options and output folder.
 */
export default function folderSearchIndex(): AstroIntegration {
  return {
    name: 'baseline-folder-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const index = await newIndex(pagefind);
          const { page_count, errors } = await index.addDirectory({ path: site });
          if (errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, SEARCH_INDEX_DIR) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
