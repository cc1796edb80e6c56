export interface SentenceAround {
  sentence: string;
  /** The match's offsets within `sentence`. */
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A segment ending in one of these did not end a sentence, though Intl breaks
 * there before a capital ("the U.N. Security Council", "Gen. Joseph Votel"):
 * dotted acronyms (U.S., U.N., E.U.), titles and abbreviated months. A
 * sentence that really ends with "U.S." is then joined to the next one: for
 * showing a mention in context, too long beats cut in the middle.
 */
const ABBREVIATION_AT_END = /(?:^|[^\p{L}\p{N}.])(?:(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|St|Mt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)\s*$/u;

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
 * The sentence of `text` that holds the match [start, end) (several, if the
 * match crosses a break), trimmed, with the match's offsets within it: for
 * showing every mention of an entity in context.
 */
export function sentenceAround(text: string, start: number, end: number): SentenceAround {
  let from = 0;
  let to = text.length;
  for (const [rangeStart, rangeEnd] of sentenceRanges(text)) {
    if (rangeEnd <= start) from = rangeEnd;
    else if (rangeStart >= end && rangeStart > start) {
      to = rangeStart;
      break;
    }
  }
  while (from < start && /\s/u.test(text[from]!)) from++;
  while (to > end && /\s/u.test(text[to - 1]!)) to--;
  return { sentence: text.slice(from, to), start: start - from, end: end - from };
}
