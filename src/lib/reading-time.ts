const words = new Intl.Segmenter('en', { granularity: 'word' });

export function countWords(text: string): number {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** Words per minute of a secondary-school reader reading for understanding, not skimming. */
export const READING_WPM = 200;

/** Whole minutes, at least one. */
export function readingMinutes(wordCount: number, wpm = READING_WPM): number {
  return Math.max(1, Math.round(wordCount / wpm));
}
