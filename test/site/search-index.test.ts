import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_DIR } from '../../src/integrations/search-index.ts';
import { BUILDS } from '../support/paths.ts';

/** Each page's record in a Pagefind index: its fragment files, named by a hash of their content. */
const fragments = (indexDir: string) => readdirSync(join(indexDir, 'fragment')).sort();

describe('search index built while pages render', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gloss-pagefind-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  for (const [name, { outDir }] of Object.entries(BUILDS)) {
    it(`holds the same pages, text, filters and metadata as Pagefind run over the built folder (${name})`, async () => {
      const { createIndex, close } = await import('pagefind');
      const out = join(scratch, name);
      try {
        const { index } = await createIndex({});
        const added = await index!.addDirectory({ path: outDir, glob: '**/*.html' });
        expect(added.errors).toEqual([]);
        expect((await index!.writeFiles({ outputPath: out })).errors).toEqual([]);
      } finally {
        await close();
      }
      const built = fragments(join(outDir, SEARCH_INDEX_DIR));
      expect(built.length).toBeGreaterThan(50);
      expect(built).toEqual(fragments(out));
      // The word index itself differs in page numbering (pages arrive in rendering order, not file order), so compare counts.
      const pageCounts = (dir: string) => {
        const { languages } = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        return Object.fromEntries(Object.entries(languages).map(([language, { page_count }]) => [language, page_count]));
      };
      expect(pageCounts(join(outDir, SEARCH_INDEX_DIR))).toEqual(pageCounts(out));
    });
  }
});
