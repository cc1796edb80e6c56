import type { Element } from 'hast';
import { linkTerms } from '../src/lib/glossary/link-terms.ts';
import { createMatcher, type GlossaryName, type Matcher } from '../src/lib/glossary/matcher.ts';
import { termElement } from '../src/lib/glossary/term-markup.ts';
import { benchArticles } from './corpus.ts';
import { median, table } from './stats.ts';

/**
 * Glossary matching: the Aho-Corasick matcher against one RegExp per name,
 * over the same ~1 MB of news text, for glossaries of 10 to 10,000 names.
 * Run alone with `node --experimental-strip-types bench/linking.ts`.
 */

/** Names that occur in the FA-KES corpus, the first ten being the smallest glossary. */
const REAL_NAMES = [
  'Syria', 'Russia', 'Aleppo', 'Damascus', 'Bashar al-Assad', 'Islamic State', 'Turkey', 'Iran', 'U.S.', 'United Nations',
  'Idlib', 'Homs', 'Hama', 'Raqqa', 'Deir ez-Zor', 'Deir Ezzor', 'Eastern Ghouta', 'Daraa', 'Palmyra', 'Latakia',
  'Free Syrian Army', 'Syrian Observatory for Human Rights', 'Hezbollah', 'Jabhat al-Nusra', 'Nusra Front', 'Kurdish', 'YPG', 'Syrian Democratic Forces', 'White Helmets', 'Red Crescent',
  'Syrian Arab Red Crescent', 'World Health Organization', 'Security Council', 'Vladimir Putin', 'Sergei Lavrov', 'John Kerry', 'Barack Obama', 'Donald Trump', 'Recep Tayyip Erdogan', 'Staffan de Mistura',
  'Geneva', 'Astana', 'Iraq', 'Jordan', 'Lebanon', 'Israel', 'Saudi Arabia', 'Qatar', 'Washington', 'Moscow',
  'Pentagon', 'Kremlin', 'SANA', 'Reuters', 'Ankara', 'Tehran', 'Euphrates', 'Manbij', 'Afrin', 'Kobani',
];
const SYLLABLES = ['ka', 'lo', 'mir', 'sa', 'den', 'vu', 'ra', 'tel', 'no', 'bash', 'zan', 'qu', 'hal', 'ef', 'or', 'tun'];

/** A made-up "Firstname Lastname", distinct for each n. */
function generatedName(n: number): string {
  const word = (seed: number, parts: number) =>
    Array.from({ length: parts }, (_, i) => SYLLABLES[Math.floor(seed / SYLLABLES.length ** i) % SYLLABLES.length]).join('');
  const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return `${capitalized(word(n, 4))} ${capitalized(word(n * 7 + 3, 3))}`;
}

function glossaryOf(size: number): GlossaryName[] {
  const names = REAL_NAMES.slice(0, size);
  for (let n = 0; names.length < size; n++) names.push(generatedName(n));
  return names.map((name, n) => ({ entityId: `e${n}`, name }));
}

/** About 1 MB of article text, in paragraphs. */
function corpusParagraphs(megabytes = 1): { paragraphs: string[]; origin: string } {
  const { articles, origin } = benchArticles(2000);
  const paragraphs: string[] = [];
  let length = 0;
  for (const article of articles) {
    if (length >= megabytes * 1e6) break;
    for (const paragraph of article.body.split('\n\n')) {
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
  }
  return { paragraphs, origin };
}

/** Median seconds of `runs` calls, after two warm-up calls. */
function secondsPerRun(run: () => unknown, runs: number): number {
  run();
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push((performance.now() - start) / 1000);
  }
  return median(times);
}

/** The baseline: one Unicode-aware RegExp per name, with the matcher's word boundaries, no folding, no overlap resolution. */
function naiveMatcher(names: readonly GlossaryName[]): (text: string) => number {
  const escape = (name: string) => name.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  const patterns = names.map(({ name }) => new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escape(name)}(?![\\p{L}\\p{N}\\p{M}])`, 'gu'));
  return (text) => {
    let count = 0;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(text)) count++;
    }
    return count;
  };
}

function paragraphElements(paragraphs: readonly string[]): Element[] {
  return paragraphs.map((value, n) => ({ type: 'element', tagName: 'p', properties: { id: `p${n + 1}` }, children: [{ type: 'text', value }] }));
}

/** linkTerms over every paragraph, as the article-body transform calls it; fresh trees each run, built outside the timing. */
function linkingSeconds(matcher: Matcher, paragraphs: readonly string[], runs: number): number {
  const trees = Array.from({ length: runs + 2 }, () => paragraphElements(paragraphs));
  let run = 0;
  return secondsPerRun(() => {
    for (const paragraph of trees[run++]!) linkTerms(paragraph, { matcher, mode: 'first-per-paragraph', createTerm: termElement });
  }, runs);
}

export function benchLinking(sizes = [10, 1_000, 10_000], runs = 7): string {
  const { paragraphs, origin } = corpusParagraphs();
  const text = paragraphs.join('\n\n');
  const megabytes = Buffer.byteLength(text) / 1e6;
  const rows: string[][] = [];
  const notes: string[] = [];
  let matcherBaseline = 0;
  for (const size of sizes) {
    const names = glossaryOf(size);
    const buildStart = performance.now();
    const matcher = createMatcher(names);
    const buildMs = performance.now() - buildStart;
    const mentions = matcher.findAll(text).length;
    const matcherSeconds = secondsPerRun(() => matcher.findAll(text), runs);
    matcherBaseline ||= matcherSeconds;

    // One RegExp per name would take minutes on the whole text for big glossaries: time it on a slice and scale.
    const naive = naiveMatcher(names);
    const slice = text.slice(0, Math.min(text.length, Math.round(1e8 / size)));
    const naiveSeconds = secondsPerRun(() => naive(slice), Math.min(runs, 5));
    const sliceMegabytes = Buffer.byteLength(slice) / 1e6;
    if (slice.length < text.length) notes.push(`${size.toLocaleString('en')} names: naive timed on the first ${Math.round(sliceMegabytes * 1000)} kB and scaled.`);

    rows.push([
      size.toLocaleString('en'),
      (megabytes / matcherSeconds).toFixed(1),
      (sliceMegabytes / naiveSeconds).toFixed(size >= 1000 ? 3 : 1),
      `${(matcherSeconds / matcherBaseline).toFixed(2)}x`,
      `${Math.round(buildMs)} ms`,
      mentions.toLocaleString('en'),
    ]);
  }

  const biggest = createMatcher(glossaryOf(Math.max(...sizes)));
  const linkSeconds = linkingSeconds(biggest, paragraphs, Math.min(runs, 5));
  return [
    `### Glossary matching (${origin}; first ${megabytes.toFixed(2)} MB of text; median of ${runs} runs after warm-up)`,
    '',
    table(['names', 'matcher MB/s', 'naive MB/s', 'matcher time vs 10 names', 'matcher build', 'mentions found'], rows),
    '',
    `Naive: one RegExp per name with the same Unicode word boundaries, without folding or overlap resolution (a lower bound of its cost). ${notes.join(' ')}`,
    '',
    `linkTerms over ${paragraphs.length.toLocaleString('en')} \`<p id>\` paragraphs with ${Math.max(...sizes).toLocaleString('en')} names ('first-per-paragraph', popover buttons): ${(megabytes / linkSeconds).toFixed(1)} MB/s (${(linkSeconds * 1000).toFixed(0)} ms).`,
  ].join('\n');
}

if (import.meta.main) console.log(benchLinking());
