import { NAME_RUN } from './coverage.ts';
import type { Matcher, MatchContext } from './matcher.ts';
import { DEMONYMS, isNoiseWord, TITLES } from './suggest/noise.ts';

/**
 * Mentions that sit inside a longer capitalised name no entry covers:
 * "Iraq" in "Islamic State of Iraq", "Assad" in "Dahiyet al-Assad", "General
 * Assembly" in "Virginia's General Assembly". Each is probably not the entry:
 * the editor adds the longer name as an alias (of this or another entry) or
 * to the entry's `notPartOf`. Titles and nationality words around a name
 * ("Russian President Vladimir Putin") are not longer names.
 */
export interface InsideLongerName {
  /** The longer name as written. */
  longer: string;
  /** The mention inside it, and its entry. */
  mention: string;
  entityId: string;
  count: number;
  example: { articleId: string; paragraph: number };
}

const isQualifier = (word: string) => TITLES.has(word) || DEMONYMS.has(word) || isNoiseWord(word) || /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,3}$/u.test(word);

/** The longer names in one text around the matcher's mentions. */
export function mentionsInsideLongerNames(
  text: string,
  matcher: Matcher,
  context?: MatchContext,
  isOrdinary: (word: string) => boolean = () => false,
): { longer: string; mention: string; entityId: string }[] {
  const matches = matcher.findAll(text, context);
  if (matches.length === 0) return [];
  const found: { longer: string; mention: string; entityId: string }[] = [];
  for (const run of text.matchAll(NAME_RUN)) {
    const [runStart, runEnd] = [run.index, run.index + run[0].length];
    const inside = matches.filter((m) => m.start >= runStart && m.end <= runEnd);
    for (const match of inside) {
      if (match.start === runStart && match.end === runEnd) continue;
      const before = text.slice(runStart, match.start);
      const after = text.slice(match.end, runEnd);
      // The word touching the mention on each side, and whether "of" joins it to another name ("Islamic State of Iraq").
      const wordBefore = /([\p{L}\p{N}'’.]+)[\s-]*(?:(?:al|el|ad|ash)-)?$/u.exec(before)?.[1] ?? '';
      const wordAfter = /^[\s-]*([\p{L}\p{N}'’.]+)/u.exec(after)?.[1] ?? '';
      // A neighbour is a name when capitalised, not a title, not a word the articles also write in lowercase (a headline's
      // "Death Toll Rises"), not another mention, and not a known name's possessive without its apostrophe ("Syrias Aleppo").
      const uncovered = (word: string, offset: number) => {
        const bare = word.replace(/['’]s$/u, '');
        if (bare === '' || !/^\p{Lu}/u.test(bare) || isQualifier(bare) || isOrdinary(bare)) return false;
        if (inside.some((m) => m.start <= offset && offset < m.end)) return false;
        return !(bare.endsWith('s') && matcher.findAll(bare.slice(0, -1), context).length > 0);
      };
      const beforeOffset = match.start - (before.length - before.lastIndexOf(wordBefore));
      const joinedByOf = /\bof\s+$/u.test(before) || /^\s+of\b/u.test(after);
      const otherNameJoined = joinedByOf && inside.length > 1;
      if (uncovered(wordBefore, beforeOffset) || uncovered(wordAfter, match.end + after.indexOf(wordAfter)) || otherNameJoined) {
        found.push({ longer: run[0].replace(/[.,'’]+$/u, ''), mention: text.slice(match.start, match.end), entityId: match.entityId });
      }
    }
  }
  return found;
}

/** Every such longer name across the articles, most frequent first. */
export function insideLongerNames(articles: readonly { articleId: string; date?: string | undefined; paragraphs: readonly string[] }[], matcher: Matcher): InsideLongerName[] {
  // Words the articles also write in lowercase are ordinary words, capitalised in a headline.
  const lowercase = new Set<string>();
  for (const { paragraphs } of articles) for (const text of paragraphs) for (const [word] of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*/gu)) lowercase.add(word);
  const isOrdinary = (word: string) => lowercase.has(word.toLowerCase()) || lowercase.has(word.toLowerCase().replace(/s$/u, ''));
  const byKey = new Map<string, InsideLongerName>();
  for (const { articleId, date, paragraphs } of articles) {
    paragraphs.forEach((text, p) => {
      for (const { longer, mention, entityId } of mentionsInsideLongerNames(text, matcher, date ? { date } : {}, isOrdinary)) {
        const key = `${longer}\u0000${entityId}`;
        const entry = byKey.get(key);
        if (entry) entry.count += 1;
        else byKey.set(key, { longer, mention, entityId, count: 1, example: { articleId, paragraph: p + 1 } });
      }
    });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.longer.localeCompare(b.longer));
}
