import type { BlockText, TextBlock } from '../article-body/blocks.ts';
import { MONTH_NAMES } from '../text/months.ts';
import type { Matcher } from './matcher.ts';

/**
 * Names the glossary does not cover: the coverage check editors run after
 * adding articles. Candidates are runs of capitalised words ("Hussam Eddin
 * Ala", "Joint Implementation Center", "Talbiseh"), with the lowercase
 * particles names carry ("al-", "of", "bin"). Text the glossary's matcher
 * already finds is left out first, so this never disagrees with the linking.
 *
 * Hand-written rather than an NLP library: the rule is short and predictable,
 * and tagger-based name finders miss transliterated names such as "Deir Ezzor".
 */

export interface UncoveredName {
  name: string;
  count: number;
  /** Where it occurs first, for the editor to look. */
  example: { articleId: string; block: TextBlock };
}

export interface CoverageText {
  articleId: string;
  /** The article's text, block by block, in reading order. */
  blocks: readonly BlockText[];
}

/** A capitalised word, a dotted acronym ("U.N."), an all-caps one, or an initial ("F."). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*\p{L}\.?|\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}{2,}|\p{Lu}\.`;
/** Lowercase words inside names. Not "and": "Kerry and Lavrov" is two names, which matters more than "Economic and Social Council". */
const PARTICLE = String.raw`(?:al|el|ad|ash|bin|ibn|de|del|der|di|du|la|le|van|von|of|the|for)`;
/**
 * A capitalised word, then more joined by spaces, hyphens or lowercase
 * particles; never across a sentence end ("in July. But"), though initials
 * and dotted acronyms ("John F. Kerry", "U.S. Army") do not end one.
 */
export const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${WORD})(?:(?<!\p{Ll}\p{Ll}\.)(?:\s+|-)(?:${PARTICLE}(?:\s+|-))*(?:${WORD}))*`, 'gu');

/** Capitalised words that start sentences or name days and months: not names worth an entry on their own. */
const COMMON = new Set(
  [
    'A An The This That These Those There Their They Then Than But And Or If In On At As For From To Of By With Without After Before',
    'He She It We You I His Her Its Our Your What When Where Which Who Why How However Meanwhile Otherwise While Although Also So Some',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    ...MONTH_NAMES,
    'Mr Mrs Ms Dr Sept Jan Feb Aug Oct Nov Dec One Two Three More Most Many All Any Each No None Not Only Other Such Both',
  ]
    .join(' ')
    .split(' '),
);

/** Ordinary words, however cased: "SEPTEMBER" in a dateline is a month too. */
const isCommon = (word: string) => COMMON.has(word) || COMMON.has(word.charAt(0) + word.slice(1).toLowerCase());

const trimRun = (run: string) => run.replace(/[.'’-]+$/u, (tail) => (/^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(run) ? tail : ''));

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === '' || /[.!?:“"]$/u.test(before);
}

/** Candidate names in one paragraph, outside the spans the glossary already matches. */
export function candidateNames(text: string, matcher: Matcher): string[] {
  // Mask what the glossary covers, keeping offsets, so a run stops at a known
  // name: "U.S. Secretary of State John Kerry" leaves "U.S. Secretary of State".
  const chars = text.split('');
  for (const { start, end } of matcher.findAll(text)) chars.fill('\0', start, end);
  const masked = chars.join('');
  const names: string[] = [];
  for (const match of masked.matchAll(NAME_RUN)) {
    const start = match.index;
    let name = trimRun(match[0]);
    const words = name.split(/\s+/);
    // A lone capitalised word counts only mid-sentence, where capitals mean a name.
    if (words.length === 1 && (isCommon(name.replace(/\.$/, '')) || isSentenceStart(masked, start))) continue;
    // A run that starts a sentence may start with an ordinary word ("The Syrian army"): drop it.
    while (words.length > 1 && isCommon(words[0]!)) words.shift();
    name = words.join(' ');
    if (name.length > 1 && !isCommon(name)) names.push(name);
  }
  return names;
}

/** Every uncovered name across the articles, most frequent first. */
export function uncoveredNames(texts: Iterable<CoverageText>, matcher: Matcher): UncoveredName[] {
  const found = new Map<string, UncoveredName>();
  for (const { articleId, blocks } of texts) {
    for (const { block, text } of blocks) {
      for (const name of candidateNames(text, matcher)) {
        const entry = found.get(name);
        if (entry) entry.count += 1;
        else found.set(name, { name, count: 1, example: { articleId, block } });
      }
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
