/**
 * `npm run handouts`: printable PDFs of every article and unit, as the
 * browser prints them (paragraph numbers, glossary endnotes, questions with
 * room to write), in two editions: `handouts/student/` and `handouts/teacher/`,
 * the teacher's with the answer keys. Each edition is built into a scratch
 * folder and printed with an installed Chrome, Chromium or Edge (see
 * chromium.ts), on the site's paper (Letter or A4, see paper.ts); the site in
 * dist/ is untouched.
 *   npm run handouts [-- --out <folder>]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { paperSize, PDF_FORMAT } from '../lib/classroom/paper.ts';
import { settings } from '../lib/settings.ts';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const EDITIONS = { student: {}, teacher: { GLOSS_TEACHER: '1' } } as const;
/** The page kinds that make handouts, by their folder in the build. */
const KINDS = ['articles', 'units'] as const;

function build(outDir: string, env: Record<string, string>): void {
  // The site's own build command: its messages, and its staging folder beside the scratch site.
  const result = spawnSync(process.execPath, [fileURLToPath(new URL('./build.ts', import.meta.url)), '--outDir', outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GLOSS_BASE: '/', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stderr || result.stdout}`);
}

/** The routes to print: "articles/<id>/" and "units/<id>/". */
function handoutRoutes(site: string): { kind: string; id: string; route: string }[] {
  return KINDS.flatMap((kind) => {
    let ids: string[];
    try {
      ids = readdirSync(join(site, kind), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch {
      ids = [];
    }
    return ids.sort().map((id) => ({ kind, id, route: `${kind}/${id}/` }));
  });
}

const { language, paper } = settings();
const FORMAT = PDF_FORMAT[paperSize(language, paper)];

async function printEdition(site: string, outDir: string): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    const routes = handoutRoutes(site);
    for (const { kind, id, route } of routes) {
      await page.goto(server.url + route, { waitUntil: 'networkidle' });
      await page.pdf({ path: join(outDir, `${kind === 'units' ? 'unit' : 'article'}-${id}.pdf`), format: FORMAT, printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    }
    return routes.length;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'handouts' } } });
  const out = resolve(values.out);
  const scratch = mkdtempSync(join(tmpdir(), 'gloss-handouts-'));
  try {
    for (const [edition, env] of Object.entries(EDITIONS)) {
      const site = join(scratch, edition);
      build(site, env);
      const count = await printEdition(site, join(out, edition));
      console.log(`${edition}: ${count} handouts (${FORMAT}) in ${join(out, edition)}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
