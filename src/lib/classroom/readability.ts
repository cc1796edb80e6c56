import { sentenceRanges } from '../text/sentences.ts';
import { countSyllables } from './syllables.ts';

/**
 * A reading level for an English article, as a range of US school grades:
 * each formula weighs sentence length against word length its own way, and
 * they disagree by a grade or two, so a range says what one number hides.
 */

export interface GradeEstimate {
  name: string;
  /** A US school grade, to one decimal; below 1 or above 18 for very easy or hard text. */
  grade: number;
}

export interface Readability {
  formulas: GradeEstimate[];
  /** The lowest and highest estimate, rounded to whole grades and held within 1..18. */
  low: number;
  high: number;
  words: number;
  sentences: number;
  /**
   * Flesch Reading Ease, to one decimal: 100 or more is very easy, under 30 very
   * hard (not a grade, and not bounded). Undefined with no words.
   */
  readingEase: number | undefined;
}

export const MIN_GRADE = 1;
export const MAX_GRADE = 18;
/** The last school grade in the U.S.; estimates above it mean college-level text. */
export const LAST_SCHOOL_GRADE = 12;

/** "grade 9", "grades 10–12", "grades 10–12 and college", "grade 12 and college", "college": no grade above 12. */
export function gradeRangeLabel(low: number, high: number): string {
  const schoolHigh = Math.min(high, LAST_SCHOOL_GRADE);
  if (low > LAST_SCHOOL_GRADE) return 'college';
  const school = low === schoolHigh ? `grade ${low}` : `grades ${low}–${schoolHigh}`;
  return high > LAST_SCHOOL_GRADE ? `${school} and college` : school;
}

/** The five formulas were made for English: a text in another language (by its BCP 47 tag) gets no grade. */
export function formulasCover(language: string): boolean {
  return language.split('-')[0]!.toLowerCase() === 'en';
}

/** The word rule of countWords in reading-time.ts for spaced scripts, so both count the same words. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,][\p{L}\p{N}\p{M}]+)*/gu;

interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters and digits, for Coleman–Liau and ARI. */
  characters: number;
  /** Words of three syllables or more, for SMOG. */
  polysyllables: number;
  /** Gunning's "complex" words: polysyllables less proper nouns and those long only by -es, -ed or -ing. */
  complexWords: number;
}

/**
 * Grade estimates by Flesch–Kincaid, Gunning Fog, SMOG, Coleman–Liau and the
 * Automated Readability Index. Sentences are the glossary's (Intl.Segmenter,
 * not broken after "U.S." or "Sept."), within paragraphs: a paragraph always
 * ends a sentence. SMOG was made for 30 sentences or more and is scaled to
 * 30 for fewer. With no words there is nothing to measure: `formulas` is
 * empty and the range is the lowest grade.
 */
export function readability(paragraphs: readonly string[]): Readability {
  const counts = countText(paragraphs);
  const { words, sentences } = counts;
  if (words === 0) return { formulas: [], low: MIN_GRADE, high: MIN_GRADE, words, sentences, readingEase: undefined };
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = counts.syllables / words;
  const charactersPerWord = counts.characters / words;
  const formulas: GradeEstimate[] = [
    { name: 'Flesch–Kincaid', grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59 },
    { name: 'Gunning Fog', grade: 0.4 * (wordsPerSentence + (100 * counts.complexWords) / words) },
    { name: 'SMOG', grade: 1.043 * Math.sqrt((counts.polysyllables * 30) / sentences) + 3.1291 },
    { name: 'Coleman–Liau', grade: 0.0588 * (100 * charactersPerWord) - 0.296 * ((100 * sentences) / words) - 15.8 },
    { name: 'Automated Readability Index', grade: 4.71 * charactersPerWord + 0.5 * wordsPerSentence - 21.43 },
  ].map(({ name, grade }) => ({ name, grade: oneDecimal(grade) }));
  // From the grades as shown, so that a page showing 6.5 never shows a range from 6.
  const wholeGrades = formulas.map(({ grade }) => Math.min(MAX_GRADE, Math.max(MIN_GRADE, Math.round(grade))));
  return {
    formulas,
    low: Math.min(...wholeGrades),
    high: Math.max(...wholeGrades),
    words,
    sentences,
    readingEase: oneDecimal(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
  };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function countText(paragraphs: readonly string[]): TextCounts {
  const counts: TextCounts = { words: 0, sentences: 0, syllables: 0, characters: 0, polysyllables: 0, complexWords: 0 };
  for (const paragraph of paragraphs) {
    for (const [start, end] of sentenceRanges(paragraph)) {
      const words = paragraph.slice(start, end).match(WORD);
      if (!words) continue; // a stray "—" or "…" is no sentence
      counts.sentences += 1;
      words.forEach((word, index) => {
        const syllables = countSyllables(word);
        counts.words += 1;
        counts.syllables += syllables;
        counts.characters += word.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
        if (syllables >= 3) counts.polysyllables += 1;
        if (isComplex(word, syllables, index === 0)) counts.complexWords += 1;
      });
    }
  }
  return counts;
}

/**
 * Gunning counts a word of three syllables or more as complex unless it is a
 * proper noun (here: capitalised, not first in its sentence) or reaches three
 * only by -es, -ed or -ing ("committed", "accuses"). Hyphenated compounds, also
 * left out, are two words here already.
 */
function isComplex(word: string, syllables: number, startsSentence: boolean): boolean {
  if (syllables < 3) return false;
  if (!startsSentence && /^\p{Lu}/u.test(word)) return false;
  const stem = /^(.+?)(?:es|ed|ing)$/u.exec(word.toLowerCase())?.[1];
  return stem === undefined || countSyllables(stem) >= 3;
}
