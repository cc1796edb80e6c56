import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readabilityText } from '../src/lib/import/html-article.ts';
import { importText } from '../src/lib/import/import-text.ts';
import { articleMetadata } from '../src/lib/import/metadata.ts';

/**
 * The saved pages of ../shared/web-pages (Readability.js's test pages):
 * word F1 of the article body against hand-cleaned text (bench/import-fixtures),
 * for Gloss and for Readability.js alone, in the same run; the metadata
 * each finds; pages per second.
 */
const PAGES = new URL('../../shared/web-pages/', import.meta.url);
const FIXTURES = new URL('./import-fixtures/', import.meta.url);

const words = (text: string) => text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];

/** Word F1 of `found` against `truth`, as multisets. */
export function wordF1(found: string, truth: string): { precision: number; recall: number; f1: number } {
  const want = new Map<string, number>();
  for (const word of words(truth)) want.set(word, (want.get(word) ?? 0) + 1);
  const got = words(found);
  let hits = 0;
  for (const word of got) {
    const left = want.get(word) ?? 0;
    if (left > 0) {
      hits++;
      want.set(word, left - 1);
    }
  }
  const precision = got.length === 0 ? 0 : hits / got.length;
  const recall = hits / Math.max(1, words(truth).length);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const FIELDS = ['title', 'author', 'date', 'outlet', 'address'] as const;
type Field = (typeof FIELDS)[number];

const fixed = (value: number) => value.toFixed(3);

export function benchImportPages(): string {
  const pages = readdirSync(PAGES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const rows: string[] = [];
  let glossWords = { hits: 0, found: 0, truth: 0 };
  let readabilityWords = { hits: 0, found: 0, truth: 0 };
  const stated: Record<Field, number> = { title: 0, author: 0, date: 0, outlet: 0, address: 0 };
  const foundByGloss: Record<Field, number> = { title: 0, author: 0, date: 0, outlet: 0, address: 0 };
  const foundByReadability: Record<Field, number> = { title: 0, author: 0, date: 0, outlet: 0, address: 0 };
  let glossSeconds = 0;
  const failures: string[] = [];
  for (const page of pages) {
    const html = gunzipSync(readFileSync(new URL(`${page}/source.html.gz`, PAGES))).toString('utf8');
    const started = performance.now();
    const result = importText(new TextEncoder().encode(html), `${page}.html`, {});
    glossSeconds += (performance.now() - started) / 1000;
    const pasted = result.pasted;
    if (!result.ok) failures.push(`${page}: ${result.error.message}`);
    // A page refused for a missing field still shows what was found.
    const origins = result.ok ? result.article.origins : pasted ? articleMetadata(pasted, {}) : [];
    const has = (field: string) => origins.some((origin) => origin.field === field);
    const expected = JSON.parse(readFileSync(new URL(`${page}/expected-metadata.json`, PAGES), 'utf8')) as Record<string, string | null>;
    const gloss: Record<Field, boolean> = { title: Boolean(pasted?.title), author: has('author'), date: has('published'), outlet: has('source'), address: has('url') };
    const readability: Record<Field, boolean> = { title: Boolean(expected.title), author: Boolean(expected.byline), date: Boolean(expected.publishedTime), outlet: Boolean(expected.siteName), address: false };
    for (const field of FIELDS) {
      // A page states a field when either reader finds it there.
      if (gloss[field] || readability[field]) stated[field]++;
      if (gloss[field]) foundByGloss[field]++;
      if (readability[field]) foundByReadability[field]++;
    }
    const fixture = new URL(`${page}.txt`, FIXTURES);
    if (!existsSync(fixture)) continue;
    const truth = readFileSync(fixture, 'utf8');
    const glossBody = (pasted?.paragraphs ?? []).join('\n');
    const readabilityBody = readabilityText(html);
    const g = wordF1(glossBody, truth);
    const r = wordF1(readabilityBody, truth);
    const tally = (into: typeof glossWords, body: string, score: typeof g) => {
      const found = words(body).length;
      return { hits: into.hits + score.precision * found, found: into.found + found, truth: into.truth + words(truth).length };
    };
    glossWords = tally(glossWords, glossBody, g);
    readabilityWords = tally(readabilityWords, readabilityBody, r);
    rows.push(`| ${page} | ${fixed(r.precision)} / ${fixed(r.recall)} / **${fixed(r.f1)}** | ${fixed(g.precision)} / ${fixed(g.recall)} / **${fixed(g.f1)}** |`);
  }
  const overall = (w: typeof glossWords) => {
    const precision = w.hits / w.found;
    const recall = w.hits / w.truth;
    return `${fixed(precision)} / ${fixed(recall)} / **${fixed((2 * precision * recall) / (precision + recall))}**`;
  };
  return [
    `## import: ${pages.length} saved web pages`,
    '',
    `Word precision / recall / F1 of the article body against the hand-cleaned text (${rows.length} pages, bench/import-fixtures):`,
    '',
    '| page | Readability.js alone | Gloss import |',
    '|---|---|---|',
    ...rows,
    `| **all words** | ${overall(readabilityWords)} | ${overall(glossWords)} |`,
    '',
    'Metadata found, out of the pages that state it (found by either reader):',
    '',
    '| field | stated | Readability.js | Gloss |',
    '|---|---|---|---|',
    ...FIELDS.map((field) => `| ${field} | ${stated[field]} | ${field === 'address' ? '– (not read)' : foundByReadability[field]} | ${foundByGloss[field]} |`),
    '',
    `Pages per second (Gloss, read, cleaned and checked): ${(pages.length / glossSeconds).toFixed(1)}.`,
    ...(failures.length > 0 ? ['', `Pages Gloss refused (each with its reason): ${failures.length}`, '', ...failures.map((failure) => `- ${failure}`)] : []),
  ].join('\n');
}
