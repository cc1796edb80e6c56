import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../src/cli/chromium.ts';
import { serveStatic } from '../src/cli/static-server.ts';
import { build } from './astro-build.ts';

/** The article page audited: the longer of the two bundled articles. */
const ARTICLE = 'articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence/';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse with its default (mobile) settings — a mid-range phone, slow 4G
 * simulated — on an article page of the bundled site, built and served
 * locally with gzip as static hosts serve it, in Debian's chromium.
 */
export async function benchLighthouse(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'gloss-bench-lighthouse-'));
  build(['--outDir', work], {});
  precompress(work);
  const site = await serveStatic(work, '/', { precompressed: true });
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const result = await lighthouse(`${site.url}${ARTICLE}`, { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error', output: 'json' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const rows = CATEGORIES.map((id) => `| ${categories[id]?.title ?? id} | ${Math.round((categories[id]?.score ?? 0) * 100)} |`);
    const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `${audit.id} (${audit.score})`);
    return [
      `### Lighthouse ${result.lhr.lighthouseVersion}, mobile defaults, on an article page (${ARTICLE})`,
      '',
      '| category | score |',
      '| --- | --- |',
      ...rows,
      '',
      `First Contentful Paint ${metric('first-contentful-paint')}, Largest Contentful Paint ${metric('largest-contentful-paint')}, Total Blocking Time ${metric('total-blocking-time')}, Cumulative Layout Shift ${metric('cumulative-layout-shift')}, Speed Index ${metric('speed-index')}.`,
      failing.length > 0 ? `Audits below full marks: ${failing.join(', ')}.` : 'Every scored audit at full marks.',
    ].join('\n');
  } finally {
    chrome.kill();
    await site.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A .gz beside every text file, for the server to send as a host compressing its responses would. */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|css|js|json|svg)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}
