export interface SentenceAround {
  sentence: string;
  /** The match's offsets within `sentence`. */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A segment ending in one of these did not end a sentence, though Intl breaks
 * there before a capital ("the U.N. Security Council", "Gen. Joseph Votel",
 * "John F. Kerry"): dotted acronyms (U.S., U.N., E.U.), a capital's initial,
 * titles and abbreviated months. A sentence that really ends with "U.S." or
 * "Plan B." is then joined to the next one: for showing a mention in context,
 * too long beats cut in the middle.
 */
const ABBREVIATION_AT_END = /(?:^|[^\p{L}\p{N}.])(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)\s*$/u;

/**
 * Sentence boundaries of `text`, as [start, end) offsets, with abbreviation
 * breaks undone. Ranges cover the whole text, trailing whitespace included.
 */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let continues = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const last = ranges.at(-1);
    if (continues && last) last[1] = index + segment.length;
    else ranges.push([index, index + segment.length]);
    continues = ABBREVIATION_AT_END.test(segment);
  }
  return ranges;
}

/**
 * [from, to) of the sentence(s) of `text` holding [start, end), trimmed, and
 * the index of the range holding `start`: searching from `fromRange`, so that
 * matches in reading order take one pass over the ranges.
 */
function spanAround(text: string, ranges: readonly [number, number][], start: number, end: number, fromRange = 0): [number, number, number] {
  let first = fromRange;
  while (first < ranges.length - 1 && ranges[first]![1] <= start) first++;
  let last = first;
  while (last < ranges.length - 1 && ranges[last]![1] < end) last++;
  let from = ranges[first]?.[0] ?? 0;
  let to = ranges[last]?.[1] ?? text.length;
  while (from < start && /\s/u.test(text[from]!)) from++;
  while (to > end && /\s/u.test(text[to - 1]!)) to--;
  return [from, to, first];
}

/**
 * The sentence of `text` that holds the match [start, end) (several, if the
 * match crosses a break), trimmed, with the match's offsets within it.
 */
export function sentenceAround(text: string, start: number, end: number): SentenceAround {
  const [from, to] = spanAround(text, sentenceRanges(text), start, end);
  return { sentence: text.slice(from, to), start: start - from, end: end - from };
}

/** The sentences of a paragraph, as sentenceAround cuts them ("U.S." ends none). */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (;;) {
    while (from < text.length && /\s/u.test(text[from]!)) from++;
    if (from >= text.length) return sentences;
    const { sentence, start } = sentenceAround(text, from, from + 1);
    sentences.push(sentence);
    from += Math.max(1, sentence.length - start);
  }
}

export interface SentenceWithMatches {
  sentence: string;
  /** Offsets within `sentence`, in order. */
  matches: { start: number; end: number }[];
}

/**
 * The sentences of `text` that hold the matches (given in reading order), each
 * once with all its matches, the first `limit` of them: for showing an
 * entity's mentions in context, where a sentence naming it twice ("the Nusra
 * Front, which has renamed itself Jabhat Fateh al-Sham") must show once.
 */
export function sentencesAround(text: string, matches: readonly { start: number; end: number }[], limit = Infinity): SentenceWithMatches[] {
  const ranges = sentenceRanges(text);
  const found: { from: number; to: number; matches: { start: number; end: number }[] }[] = [];
  let range = 0;
  for (const { start, end } of matches) {
    const [from, to, at] = spanAround(text, ranges, start, end, range);
    range = at;
    const last = found.at(-1);
    // A match across a break joins the sentence before.
    if (last && from < last.to) {
      last.to = Math.max(to, last.to);
      last.matches.push({ start, end });
    } else if (found.length < limit) {
      found.push({ from, to, matches: [{ start, end }] });
    } else break;
  }
  return found.map(({ from, to, matches: inSentence }) => ({
    sentence: text.slice(from, to),
    matches: inSentence.map(({ start, end }) => ({ start: start - from, end: end - from })),
  }));
}

/** A sentence cut at its matches, for showing them marked: text, match, text, … */
export function markedPieces({ sentence, matches }: SentenceWithMatches): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of matches) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: sentence.slice(at, start), marked: false });
    pieces.push({ text: sentence.slice(start, end), marked: true });
    at = end;
  }
  if (at < sentence.length) pieces.push({ text: sentence.slice(at), marked: false });
  return pieces;
}
