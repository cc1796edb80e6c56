import { readFileSync } from 'node:fs';
import { findDates } from '../src/lib/import/find-dates.ts';
import { articleMetadata } from '../src/lib/import/metadata.ts';
import { readPastedArticle } from '../src/lib/import/pasted-article.ts';
import { RUN_ON } from '../src/lib/import/split-paragraphs.ts';
import { wordsLost } from '../src/lib/import/word-accounting.ts';

/**
 * The 706 one-line pastes of the FA-KES corpus (CC BY 4.0, Abu Salem et al.,
 * ICWSM 2019), each pasted as a title line and a text line, read by the
 * importer; the baseline is the paste as it stands (one paragraph, junk and all).
 */
const CORPUS = new URL('../../shared/corpus/fa-kes-syria-war.jsonl', import.meta.url);

/** Page furniture that must not be left in an article's text; a date stamp opening ¶1 counts too. */
export const JUNK_PHRASES = [
  'get short url',
  'read also',
  'read more',
  'story continued below',
  'story highlights',
  'print tweet',
  'privacy policy',
  'cookie policy',
  'reporting by',
  'editing by',
  'featured image via',
  'like loading',
  'comment via facebook',
  'community standards',
  'click to enlarge',
  'moreimage',
  'authors:',
  '***',
];
const TAGS_AT_END = /\bTags\s+(?:\S+\s+){2,}\S+$/u;

function junkIn(paragraphs: readonly string[]): number {
  const text = paragraphs.join('\n').toLowerCase();
  let count = JUNK_PHRASES.reduce((sum, phrase) => sum + text.split(phrase).length - 1, 0);
  const first = paragraphs[0] ?? '';
  if (findDates(first)[0]?.index === 0) count++;
  if (TAGS_AT_END.test(paragraphs.at(-1) ?? '')) count++;
  return count;
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

export function benchImportCorpus(): string {
  const rows = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { title: string; text: string; source: string });
  const counts: number[] = [];
  let junk = 0;
  let junkBefore = 0;
  let lost = 0;
  let longSingles = 0;
  let longSinglesBefore = 0;
  let dated = 0;
  let outlets = 0;
  let cuts = 0;
  const started = performance.now();
  for (const row of rows) {
    const article = readPastedArticle(`${row.title}\n${row.text}\n`);
    if (!article) throw new Error(`corpus: an article with no text (${row.title})`);
    counts.push(article.paragraphs.length);
    junk += junkIn(article.paragraphs);
    junkBefore += junkIn([row.text]);
    lost += wordsLost(article).length;
    cuts += article.cuts.length;
    if (article.paragraphs.length === 1 && article.paragraphs[0]!.length > RUN_ON) longSingles++;
    if (row.text.length > RUN_ON) longSinglesBefore++;
    const origins = articleMetadata(article, {});
    if (origins.some(({ field }) => field === 'published')) dated++;
    if (origins.some(({ field }) => field === 'source')) outlets++;
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...counts].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const buckets = [1, 2, 3, 5, 10, 20, Infinity];
  const distribution = buckets.map((top, index) => {
    const bottom = index === 0 ? 1 : buckets[index - 1]! + 1;
    const n = counts.filter((count) => count >= bottom && count <= top).length;
    return `${top === Infinity ? `${bottom}+` : bottom === top ? `${top}` : `${bottom}–${top}`}: ${n}`;
  });
  const n = rows.length;
  return [
    `## import: ${n} one-line pastes (FA-KES corpus)`,
    '',
    '| | pasted as is (baseline) | Gloss import |',
    '|---|---|---|',
    `| paragraphs per article (median, p10–p90, max) | 1 | ${at(0.5)} (${at(0.1)}–${at(0.9)}, max ${sorted.at(-1)}) |`,
    `| articles over ${RUN_ON.toLocaleString('en')} characters left as one paragraph | ${longSinglesBefore} | ${longSingles} |`,
    `| junk phrases left per 100 articles | ${((100 * junkBefore) / n).toFixed(1)} | ${((100 * junk) / n).toFixed(1)} |`,
    `| words lost silently | 0 | ${lost} |`,
    `| cuts reported | 0 | ${cuts} |`,
    `| date found in the text | – | ${dated} (${percent(dated, n)}) |`,
    `| outlet found in the text | – | ${outlets} (${percent(outlets, n)}) |`,
    `| articles per second (reading only) | – | ${(n / seconds).toFixed(0)} |`,
    '',
    `Paragraphs per article: ${distribution.join(', ')}.`,
  ].join('\n');
}
