import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuild, build, type BuildFigures } from './astro-build.ts';
import { writeContentSet } from './content-set.ts';
import { queryBytes } from './search.ts';
import { median, table } from './stats.ts';

/**
 * Scale: the full Gloss build against plain Astro + Pagefind over the same
 * articles (bench/baseline/), at several sizes, in one run: wall time and
 * peak memory of each, their ratios, and how each grows with the set.
 */

const root = new URL('..', import.meta.url).pathname;

/** HTML + CSS + JS of one built article page, each gzipped as a host would send it. */
function pageWeight(dist: string, route: string): { total: number; js: number } {
  const gz = (data: string | Buffer) => (data.length === 0 ? 0 : gzipSync(data, { level: 9 }).length);
  const html = readFileSync(join(dist, route, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(css|js))"/g)].map(([, path, type]) => ({ type, size: gz(readFileSync(join(dist, path!))) }));
  const inlineJs = gz([...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(''));
  const sum = (list: { size: number }[]) => list.reduce((total, file) => total + file.size, 0);
  return { total: gz(html) + sum(files), js: inlineJs + sum(files.filter((file) => file.type === 'js')) };
}

const FIRST_QUERY = 'Aleppo';

/**
 * A build from an empty content cache, as on a fresh clone or in CI: Astro
 * keeps each project's parsed (for the baseline, also rendered) Markdown in
 * node_modules/.astro/, and the benchmark writes the same articles every
 * run, so a kept cache would spare the baseline its Markdown rendering while
 * Gloss, which renders with the glossary on every build, gets no such help.
 */
function coldBuild(projectRoot: string, builder: typeof build, args: string[], env: Record<string, string>): BuildFigures {
  rmSync(join(projectRoot, 'node_modules/.astro/data-store.json'), { force: true });
  return builder(args, env);
}

/** Median time and median peak memory of several runs of one build. */
function medianFigures(runs: BuildFigures[]): BuildFigures {
  const peaks = runs.flatMap(({ peakMb }) => (peakMb === undefined ? [] : [peakMb]));
  return { seconds: median(runs.map(({ seconds }) => seconds)), peakMb: peaks.length > 0 ? median(peaks) : undefined };
}

const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value).toLocaleString('en')} MB`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}x`);

export async function benchScale(sizes = [1_000, 10_000], glossarySize = 250, runs = 3): Promise<string> {
  const rows: string[][] = [];
  const gloss: BuildFigures[] = [];
  let origin = '';
  let weight = { total: 0, js: 0 };
  let glossaryEntries = 0;
  const firstSearch: string[] = [];
  for (const count of sizes) {
    const work = join(tmpdir(), `gloss-bench-scale-${count}`);
    const set = writeContentSet(join(work, 'content'), count, { glossarySize });
    origin = set.origin.replace(/, repeated to \d+/, '');
    glossaryEntries = set.glossarySize;
    const env = { GLOSS_CONTENT_DIR: set.dir };
    // Alternating runs, each into a fresh folder, and the median of each: on this
    // machine one build's time varies by a fifth from run to run (disk writes).
    const baselineRuns: BuildFigures[] = [];
    const glossRuns: BuildFigures[] = [];
    for (let run = 1; run <= runs; run++) {
      baselineRuns.push(coldBuild(join(root, 'bench/baseline'), astroBuild, ['--root', join(root, 'bench/baseline'), '--outDir', join(work, `baseline-${run}`)], env));
      glossRuns.push(coldBuild(root, build, ['--outDir', join(work, `gloss-${run}`)], env));
    }
    const baseline = medianFigures(baselineRuns);
    const full = medianFigures(glossRuns);
    gloss.push(full);
    weight = pageWeight(join(work, 'gloss-1'), 'articles/corpus-1-0');
    const [first] = await queryBytes(join(work, 'gloss-1'), [FIRST_QUERY]);
    firstSearch.push(`${count.toLocaleString('en')} articles ${(first!.bytes / 1024).toFixed(0)} kB in ${first!.requests} requests`);
    rows.push([
      count.toLocaleString('en'),
      `${baseline.seconds.toFixed(1)} s`,
      `${full.seconds.toFixed(1)} s`,
      ratio(full.seconds, baseline.seconds),
      mb(baseline.peakMb),
      mb(full.peakMb),
      ratio(full.peakMb, baseline.peakMb),
    ]);
    rmSync(work, { recursive: true, force: true });
  }
  const growth = gloss.length > 1 ? `${(gloss.at(-1)!.seconds / gloss[0]!.seconds).toFixed(1)}x the time for ${(sizes.at(-1)! / sizes[0]!).toFixed(0)}x the articles` : 'n/a';
  return [
    `### Scale: Gloss against plain Astro + Pagefind (${origin}, repeated; ${glossaryEntries} glossary entries)`,
    '',
    table(['articles', 'baseline wall', 'Gloss wall', 'time ratio', 'baseline peak', 'Gloss peak', 'memory ratio'], rows),
    '',
    `Growth of the Gloss build: ${growth}. Article page (corpus-1-0): ${(weight.total / 1024).toFixed(1)} kB gzip in all (HTML, CSS, JS), of which JS ${(weight.js / 1024).toFixed(1)} kB. A first search (“${FIRST_QUERY}”, from opening the search page, uncompressed): ${firstSearch.join('; ')}.`,
    `Each figure is the median of ${runs} runs, baseline and Gloss alternating, each from an empty content cache (as on a fresh clone). Baseline: bench/baseline/ (one page per article from a content collection, Astro’s default Markdown and settings, and the same Pagefind integration run as most Astro sites run it: over the built folder after the build). Gloss builds four pages at a time and indexes each page as it renders. Peak memory is GNU time’s maximum resident set size.`,
  ].join('\n');
}

if (import.meta.main) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  console.log(await benchScale(sizes.length > 0 ? sizes : undefined));
}
