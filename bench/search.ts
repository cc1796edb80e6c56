import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { createIndex, close } from 'pagefind';
import { chromiumPath, launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../src/cli/static-server.ts';
import { build } from './astro-build.ts';
import { writeContentSet } from './content-set.ts';
import { table } from './stats.ts';

/**
 * Search at scale: the full Gloss site over N articles, then Pagefind alone
 * over that build (the index step's share of the build, in the same run), the
 * index's size on disk, and what a reader's first searches download.
 */

function bytesUnder(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/**
 * Bytes a reader's browser fetches from the index: for the first query from
 * opening the search page (pagefind.js, its WebAssembly, filters, index
 * chunks, result fragments), then for each further query typed there.
 */
export async function queryBytes(siteDir: string, queries: string[]): Promise<{ query: string; bytes: number; requests: number }[]> {
  chromiumPath();
  const site = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const rows = [];
    for (const [index, query] of queries.entries()) {
      const fetched: Promise<number>[] = [];
      const onRequest = (request: Request) => {
        if (request.url().includes('/pagefind/')) fetched.push(request.response().then(async (response) => (await response?.body())?.length ?? 0));
      };
      page.on('request', onRequest);
      if (index === 0) await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      else await page.fill('#search-query', query);
      await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(q), query);
      await page.waitForLoadState('networkidle');
      page.off('request', onRequest);
      const sizes = await Promise.all(fetched);
      rows.push({ query, bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length });
    }
    return rows;
  } finally {
    await browser.close();
    await site.close();
  }
}

export async function benchSearch(count = 2000): Promise<string> {
  const work = join(tmpdir(), `gloss-bench-search-${count}`);
  const { dir: contentDir, origin } = writeContentSet(join(work, 'content'), count);
  const outDir = join(work, 'dist');

  const buildSeconds = build(['--outDir', outDir], { GLOSS_CONTENT_DIR: contentDir }).seconds;

  // Pagefind alone over the finished build, into a scratch folder: the index step's own cost.
  const scratch = join(work, 'index-again');
  rmSync(scratch, { recursive: true, force: true });
  const indexStart = performance.now();
  const { index } = await createIndex({});
  const added = await index!.addDirectory({ path: outDir });
  await index!.writeFiles({ outputPath: scratch });
  const indexSeconds = (performance.now() - indexStart) / 1000;
  await close();

  const size = bytesUnder(join(outDir, 'pagefind'));
  const queries = await queryBytes(outDir, ['Aleppo', 'Kerry Lavrov', 'humanitarian corridor']);
  rmSync(work, { recursive: true, force: true });

  return [
    `### Search over ${count.toLocaleString('en')} articles (${origin}; the bundled glossary)`,
    '',
    table(
      ['measure', 'value'],
      [
        ['full site build (`astro build`, Pagefind included)', `${buildSeconds.toFixed(1)} s`],
        [`Pagefind alone over the built site (${added.page_count.toLocaleString('en')} pages)`, `${indexSeconds.toFixed(1)} s (${((indexSeconds / buildSeconds) * 100).toFixed(0)}% of the build)`],
        ['index on disk (`dist/pagefind/`)', `${kB(size.bytes)} in ${size.files.toLocaleString('en')} files`],
        ...queries.map(({ query, bytes, requests }, i) => [`${i === 0 ? 'first' : 'then'} query “${query}”: fetched from the index`, `${kB(bytes)} in ${requests} requests`]),
      ],
    ),
    '',
    'Query bytes are response bodies as a static server without compression sends them; the first row counts everything the search page fetches from `pagefind/` from opening until the first results show.',
  ].join('\n');
}

if (import.meta.main) console.log(await benchSearch(Number(process.argv[2] ?? 2000)));
