import { foldText } from '../../text/fold.ts';
import { NAME_RUN } from '../coverage.ts';
import type { Matcher } from '../matcher.ts';
import { CALENDAR, COMMON, DEMONYMS, GENERIC, HEAD_TITLES, isNoiseWord, isPageJunk, PARTICLES, PLACE_WORDS, STRONG_JUNK, TITLES } from './noise.ts';

/**
 * Candidate names in one paragraph: runs of capitalised words that no
 * glossary name covers, cleaned of what news text capitalises without naming
 * anything (titles, nationality adjectives, page furniture, the first word of
 * a sentence), with the words around each as cues to its kind.
 */
export interface CandidateMention {
  /** The name as written, cleaned: "Rami Abdel Rahman" from "Observatory head Rami Abdel Rahman's". */
  name: string;
  /** Offsets of `name` in the paragraph. */
  start: number;
  end: number;
  /** A one-word name that starts a sentence: a name only if it also occurs mid-sentence. */
  sentenceStart: boolean;
  /** The title stripped before it ("President"), a cue that it is a person. */
  title?: string;
  /** The word just before and just after it, lowercased: "in", "province", "fighters". */
  before: string;
  after: string;
}

/** Glossary names folded for comparison with possessives written without apostrophes ("Syrias"). */
export function knownNameSet(names: Iterable<string>): Set<string> {
  return new Set([...names].map(foldKey));
}

export const foldKey = (text: string) => foldText(text, { caseInsensitive: true }).folded.trim();

/** "Syrias", "Assads", "Kerry's": the possessive of a glossary name, written with or without an apostrophe. */
function isPossessiveOfKnown(phrase: string, known: ReadonlySet<string>): boolean {
  const stem = phrase.replace(/(?:['’]s|s['’]?)$/u, '');
  return stem !== phrase && isKnown(stem, known);
}

/** A glossary name, perhaps without the lowercase article the run left out ("Qaeda" of "al-Qaeda"). */
function isKnown(name: string, known: ReadonlySet<string>): boolean {
  const key = foldKey(name);
  return known.has(key) || known.has(`al-${key}`) || known.has(`al ${key}`);
}

const QUALIFIERS = new Set([...TITLES, ...DEMONYMS, 'Army', 'Military', 'State', 'Interior', 'Information', 'Justice', 'Health', 'Affairs', 'Humanitarian', 'Security', 'Attorney', 'of', 'the']);
const isShortAcronym = (word: string) => /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u.test(word);

/** "Russian Foreign Minister Sergei Lavrov" → the index of "Minister": the title ends there, the name follows. */
function titleEnd(words: readonly string[]): number {
  let end = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    if (!QUALIFIERS.has(word) && !isShortAcronym(word)) break;
    if (HEAD_TITLES.has(word)) end = i;
  }
  return end;
}

/** The word before `index` and the one from `index`, lowercased, for cues. */
function wordBefore(text: string, index: number): string {
  // "town of Khan Shaykhun": the word before "of" says more than "of".
  const words = /(?:([\p{L}\p{N}'’-]+)\s+)?([\p{L}\p{N}'’-]+)[\s,]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  if (!words) return '';
  return (words[2]!.toLowerCase() === 'of' && words[1] ? `${words[1]} of` : words[2]!).toLowerCase();
}
function wordAfter(text: string, index: number): string {
  return /^[\s,]*([\p{L}\p{N}'’-]+)/u.exec(text.slice(index, index + 40))?.[1]?.toLowerCase() ?? '';
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 8), index).trimEnd();
  return index === 0 || before === '' || /[.!?:;“"\u0000]$/u.test(before);
}

const isAllNoise = (words: readonly string[]) => words.every((word) => GENERIC.has(word) || DEMONYMS.has(word) || TITLES.has(word) || CALENDAR.has(word) || COMMON.has(word) || PARTICLES.has(word) || isNoiseWord(word));

/** Candidate mentions in one paragraph, outside the spans the glossary already matches. */
export function candidateMentions(text: string, matcher: Matcher, known: ReadonlySet<string>): CandidateMention[] {
  const chars = text.split('');
  for (const { start, end } of matcher.findAll(text)) chars.fill('\0', start, end);
  const masked = chars.join('');
  const found: CandidateMention[] = [];
  for (const match of masked.matchAll(NAME_RUN)) {
    for (const words of segments(match[0], match.index)) {
      const mention = cleanRun(words, masked, known);
      if (mention) found.push(mention);
    }
  }
  return found;
}

interface Word {
  text: string;
  start: number;
}

/**
 * A run split where a sentence ends inside it ("SANA. The", "Turkey.The",
 * "Rami Abdel Rahman The") or an ordinary capitalised word sits ("Tags",
 * "Wed"): each part is a candidate on its own.
 */
function segments(run: string, offset: number): Word[][] {
  const parts: Word[][] = [[]];
  for (const w of run.matchAll(/[^\s]+/gu)) {
    let text = w[0];
    let start = offset + w.index;
    // "Turkey.The": a sentence end without its space.
    const glued = /^(.*\p{Ll})\.(\p{Lu}.*)$/u.exec(text);
    if (glued) {
      parts.at(-1)!.push({ text: glued[1]!, start });
      parts.push([]);
      start += glued[1]!.length + 1;
      text = glued[2]!;
    }
    const bare = text.replace(/[.,]$/u, '');
    if (COMMON.has(bare) || CALENDAR.has(bare) || STRONG_JUNK.has(bare) || (bare !== text && /\p{Ll}{2}$/u.test(bare))) {
      if (!COMMON.has(bare) && !CALENDAR.has(bare) && !STRONG_JUNK.has(bare)) parts.at(-1)!.push({ text: bare, start });
      parts.push([]);
      continue;
    }
    parts.at(-1)!.push({ text, start });
  }
  return parts.filter((part) => part.length > 0);
}

function cleanRun(words: Word[], masked: string, known: ReadonlySet<string>): CandidateMention | undefined {
  {
    // A trailing possessive or punctuation belongs to the sentence, not the name.
    const last = words.at(-1)!;
    last.text = last.text.replace(/['’]s?$/u, '').replace(/[.'’-]+$/u, (tail) => (/^(?:\p{Lu}\.)+$/u.test(last.text) ? tail : ''));
    // "Syrias Idlib", "Tags Idlib", "Read Also": possessives of known names and page furniture start runs.
    let first = 0;
    for (let i = 0; i < words.length; i++) if (isPossessiveOfKnown(words[i]!.text, known)) first = i + 1;
    while (first < words.length && (isNoiseWord(words[first]!.text) && !TITLES.has(words[first]!.text) && !DEMONYMS.has(words[first]!.text) || COMMON.has(words[first]!.text) || CALENDAR.has(words[first]!.text) || STRONG_JUNK.has(words[first]!.text) || PARTICLES.has(words[first]!.text))) first++;
    let kept = words.slice(first).filter((w) => w.text !== '');
    let title: string | undefined;
    const end = titleEnd(kept.map((w) => w.text));
    if (end >= 0) {
      title = kept[end]!.text;
      kept = kept.slice(end + 1);
    }
    // "Idlib Province" is Idlib; "Ahrar al-Sham of" ends at the name.
    while (kept.length > 1 && (PLACE_WORDS.has(kept.at(-1)!.text) || PARTICLES.has(kept.at(-1)!.text) || CALENDAR.has(kept.at(-1)!.text))) kept.pop();
    if (kept.length === 0) return undefined;
    const names = kept.map((w) => w.text);
    const name = masked.slice(kept[0]!.start, kept.at(-1)!.start + kept.at(-1)!.text.length);
    if (name.length < 2 || name.includes('\0') || isPageJunk(names) || isAllNoise(names)) return undefined;
    if (names.length === 1 && isNoiseWord(name)) return undefined;
    if (isPossessiveOfKnown(name, known) || isKnown(name, known)) return undefined;
    if (/^\p{Lu}\.$/u.test(name) || (/^[\p{Lu}.]+$/u.test(name) === false && name.length < 3)) return undefined;
    const start = kept[0]!.start;
    const stop = start + name.length;
    return {
      name,
      start,
      end: stop,
      // An acronym is a name wherever it stands; an ordinary word is capitalised at a sentence start.
      sentenceStart: names.length === 1 && !/^\p{Lu}[\p{Lu}.]+$/u.test(name) && isSentenceStart(masked, start),
      ...(title ? { title } : {}),
      before: title ? title.toLowerCase() : wordBefore(masked, start),
      after: wordAfter(masked, stop),
    };
  }
}
