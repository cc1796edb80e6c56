import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/paths.ts';

const { outDir } = BUILDS.root;
const ARTICLE = 'articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence/index.html';
/** The reading page's budget for JavaScript fetched on first load (issue #12): 3 KB gzip. */
const BUDGET = 3 * 1024;

/** A script's file and every module it imports statically, once each (what the browser fetches before anything is clicked). */
function firstLoadFiles(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(outDir, src), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'`](\.[^"'`]+)["'`]/g)) {
    firstLoadFiles(join(src, '..', spec!), seen);
  }
  return seen;
}

describe('first-load JavaScript on the reading page', () => {
  const html = readFileSync(join(outDir, ARTICLE), 'utf8');
  const entries = [...html.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((match) => match[1]!);
  const files = new Set(entries.flatMap((entry) => [...firstLoadFiles(entry)]));
  const gzip = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const total = [...files].reduce((sum, file) => sum + gzip(file), 0);

  it(`stays within ${BUDGET} bytes gzip, the students' work code left to load on first use`, () => {
    expect(entries.length).toBeGreaterThan(0);
    // The layout's script imports a shared chunk: the walk must follow it.
    expect(files.size).toBeGreaterThan(entries.length);
    expect(total, [...files].map((file) => `${file}: ${gzip(file)} B`).join('\n')).toBeLessThanOrEqual(BUDGET);
    expect([...files].some((file) => /lazy/.test(file))).toBe(false);
    // No bundler preload helper either: it alone is ~0.9 kB.
    expect([...files].some((file) => /preload-helper/.test(file))).toBe(false);
  });
});
