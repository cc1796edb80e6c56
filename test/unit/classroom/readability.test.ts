import { describe, expect, it } from 'vitest';
import { formulasCover, gradeRangeLabel, MAX_GRADE, MIN_GRADE, readability, type Readability } from '../../../src/lib/classroom/readability.ts';
import { countWords } from '../../../src/lib/reading-time.ts';
import { sampleArticle } from '../fixtures/sample.ts';

/** Flesch Reading Ease, as readability gives it. */
const fleschReadingEase = (paragraphs: readonly string[]) => readability(paragraphs).readingEase;

function gradeOf(result: Readability, name: string): number {
  const formula = result.formulas.find((candidate) => candidate.name === name);
  if (!formula) throw new Error(`no ${name}`);
  return formula.grade;
}

/** The paragraphs of a sample article's body. */
function seedParagraphs(slug: string): string[] {
  return sampleArticle(`${slug}.md`).body.trim().split(/\n{2,}/u);
}
const voa = seedParagraphs('syria-truce-in-peril-as-russia-us-tensions-rise');
const fp = seedParagraphs('washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence');

describe('readability, worked by hand', () => {
  it('a passage of one-syllable words', () => {
    // 2 sentences, 7 words, 7 syllables, 22 letters, no word of 3 syllables.
    const result = readability(['The dog ran home. It was late.']);
    expect(result).toMatchObject({ words: 7, sentences: 2 });
    expect(gradeOf(result, 'Flesch–Kincaid')).toBe(-2.4); // 0.39 × 3.5 + 11.8 × 1 − 15.59 = −2.425
    expect(gradeOf(result, 'Gunning Fog')).toBe(1.4); // 0.4 × (3.5 + 0)
    expect(gradeOf(result, 'SMOG')).toBe(3.1); // 1.043 × √0 + 3.1291
    expect(gradeOf(result, 'Coleman–Liau')).toBe(-5.8); // 0.0588 × 314.29 − 0.296 × 28.57 − 15.8 = −5.777
    expect(gradeOf(result, 'Automated Readability Index')).toBe(-4.9); // 4.71 × 3.143 + 0.5 × 3.5 − 21.43 = −4.877
    expect(result.low).toBe(1); // grades below 1 count as 1
    expect(result.high).toBe(3);
    expect(fleschReadingEase(['The dog ran home. It was late.'])).toBe(118.7); // 206.835 − 1.015 × 3.5 − 84.6 × 1
  });

  it('a passage of long words', () => {
    // Di·plo·mat·ic(4) ne·go·ti·a·tions(5) con·tin·ued(3) yes·ter·day(3).
    // Of·fi·cials(3) de·scribed(2) the(1) sit·u·a·tion(4) as(1) ex·treme·ly(3) dan·ger·ous(3).
    // 2 sentences, 11 words, 32 syllables, 90 letters; 8 words of 3 syllables or more, all "complex".
    const paragraphs = ['Diplomatic negotiations continued yesterday. Officials described the situation as extremely dangerous.'];
    const result = readability(paragraphs);
    expect(result).toMatchObject({ words: 11, sentences: 2 });
    expect(gradeOf(result, 'Flesch–Kincaid')).toBe(20.9); // 0.39 × 5.5 + 11.8 × 32/11 − 15.59 = 20.882
    expect(gradeOf(result, 'Gunning Fog')).toBe(31.3); // 0.4 × (5.5 + 100 × 8/11) = 31.291
    expect(gradeOf(result, 'SMOG')).toBe(14.6); // 1.043 × √(8 × 30/2) + 3.1291 = 14.555
    expect(gradeOf(result, 'Coleman–Liau')).toBe(26.9); // 0.0588 × 818.18 − 0.296 × 18.18 − 15.8 = 26.927
    expect(gradeOf(result, 'Automated Readability Index')).toBe(19.9); // 4.71 × 90/11 + 0.5 × 5.5 − 21.43 = 19.856
    expect(result.low).toBe(15);
    expect(result.high).toBe(MAX_GRADE); // grades above 18 count as 18
    expect(fleschReadingEase(paragraphs)).toBe(-44.9); // 206.835 − 1.015 × 5.5 − 84.6 × 32/11 = −44.857
  });

  it('leaves proper nouns and words long only by -ed out of Gunning’s complex words, not out of SMOG’s', () => {
    // 1 sentence of 6 words, 3 of them of 3 syllables or more; of those, "Washington" is a proper noun
    // and "committed" is long by -ed, so only "Diplomatic" (capitalised as the sentence's first word) is complex.
    const result = readability(['Diplomatic Washington committed to the plan.']);
    expect(gradeOf(result, 'Gunning Fog')).toBe(9.1); // 0.4 × (6 + 100 × 1/6) = 9.067
    expect(gradeOf(result, 'SMOG')).toBe(13); // 1.043 × √(3 × 30) + 3.1291 = 13.024: all three count
  });
});

describe('readability, counting', () => {
  it('counts the words countWords counts', () => {
    for (const paragraphs of [voa, fp]) {
      expect(readability(paragraphs).words).toBe(paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0));
    }
    expect(readability(voa).words).toBe(488);
  });

  it('does not end sentences at abbreviations and dotted acronyms', () => {
    expect(readability(['U.S. Secretary of State John Kerry met Sergey Lavrov on Sept. 9 at the U.N. in Geneva.']).sentences).toBe(1);
    expect(readability(['Mr. Kerry spoke. The U.N. Security Council met. Gen. Votel agreed.']).sentences).toBe(3);
  });

  it('ends a sentence at each paragraph, full stop or not, and skips punctuation alone', () => {
    expect(readability(['No full stop here', 'Nor here', '—', '…']).sentences).toBe(2);
  });
});

describe('readability, comparing texts', () => {
  const easy = ['The sun is up. We go to the park. The dog runs fast. We sit on the grass and eat.'];
  const medium = ['The government announced a new plan for the city. Officials said the changes would begin next month, after a public meeting.'];
  const hard = [
    'International negotiators characterized the humanitarian situation as catastrophic, emphasizing that indiscriminate bombardment of densely populated neighborhoods constituted a deliberate violation of the cessation of hostilities.',
  ];

  it('gives harder text a higher grade by every formula, and a lower reading ease', () => {
    const [a, b, c] = [easy, medium, hard].map(readability) as [Readability, Readability, Readability];
    for (const { name } of a.formulas) {
      expect(gradeOf(a, name), name).toBeLessThan(gradeOf(b, name));
      expect(gradeOf(b, name), name).toBeLessThan(gradeOf(c, name));
    }
    expect(a.high).toBeLessThanOrEqual(b.low);
    expect(b.high).toBeLessThanOrEqual(c.low);
    expect(fleschReadingEase(easy)!).toBeGreaterThan(fleschReadingEase(medium)!);
    expect(fleschReadingEase(medium)!).toBeGreaterThan(fleschReadingEase(hard)!);
  });

  it('places the seed articles at secondary-school and college level, Foreign Policy harder than VOA', () => {
    const [a, b] = [readability(voa), readability(fp)];
    expect([a.low, a.high]).toEqual([10, 13]);
    expect([b.low, b.high]).toEqual([12, 17]);
    expect(fleschReadingEase(voa)!).toBeGreaterThan(fleschReadingEase(fp)!);
  });

  // The range, worked by hand from each text's five grades: rounded (6.5 to 7), then held within 1..18.
  it.each([
    ['easy', easy, [-1.8, 2, 3.1, -4.7, -5.3], [1, 3]],
    ['medium', medium, [6.5, 8, 8.8, 9.7, 6.5], [7, 10]],
    ['hard', hard, [30, 35.6, 26, 31, 29.5], [18, 18]],
  ] as const)('keeps the range of the %s text within whole grades 1..18, the extremes of the rounded grades', (_name, paragraphs, grades, range) => {
    const result = readability(paragraphs);
    expect(result.formulas.map(({ name }) => name)).toEqual(['Flesch–Kincaid', 'Gunning Fog', 'SMOG', 'Coleman–Liau', 'Automated Readability Index']);
    expect(result.formulas.map(({ grade }) => grade)).toEqual(grades);
    expect([result.low, result.high]).toEqual(range);
  });

  it('keeps every range within whole grades 1..18, low ≤ high', () => {
    for (const paragraphs of [easy, medium, hard, voa, fp]) {
      const result = readability(paragraphs);
      expect(Number.isInteger(result.low) && Number.isInteger(result.high)).toBe(true);
      expect(MIN_GRADE <= result.low && result.low <= result.high && result.high <= MAX_GRADE).toBe(true);
    }
  });
});

describe('readability with nothing to read', () => {
  it.each([[[]], [['']], [['  ', '—', '…']]])('%j: no formulas, the lowest grade, no crash', (paragraphs) => {
    expect(readability(paragraphs)).toEqual({ formulas: [], low: MIN_GRADE, high: MIN_GRADE, words: 0, sentences: 0, readingEase: undefined });
    expect(fleschReadingEase(paragraphs)).toBeUndefined();
  });
});

describe('gradeRangeLabel: U.S. grades stop at 12', () => {
  it.each([
    [9, 9, 'grade 9'],
    [10, 12, 'grades 10–12'],
    [10, 13, 'grades 10–12 and college'],
    [12, 17, 'grade 12 and college'],
    [13, 18, 'college'],
  ])('%i–%i reads "%s"', (low, high, label) => {
    expect(gradeRangeLabel(low, high)).toBe(label);
  });
});

describe('formulasCover: the formulas are English ones', () => {
  it('covers English in any region, and no other language', () => {
    expect(['en', 'en-US', 'EN-gb'].map(formulasCover)).toEqual([true, true, true]);
    expect(['ar', 'fr', 'de-DE', 'eo'].map(formulasCover)).toEqual([false, false, false, false]);
  });
});
