import { describe, expect, it } from 'vitest';
import { findParagraphRefs, findUnitRefs, validateParagraphRefs, validateUnitRefs } from '../../../src/lib/classroom/paragraph-refs.ts';

/** Each reference as [the text it covers, paragraphs, label]. */
function refs(text: string): [string, number[], string][] {
  return findParagraphRefs(text).map(({ start, end, paragraphs, label }) => [text.slice(start, end), paragraphs, label]);
}

describe('findParagraphRefs', () => {
  it.each([
    ['¶3', [3], '¶3'],
    ['¶3–5', [3, 4, 5], '¶3–5'],
    ['¶3-5', [3, 4, 5], '¶3–5'],
    ['¶3 – 5', [3, 4, 5], '¶3–5'],
    ['¶3—5', [3, 4, 5], '¶3–5'],
    ['¶¶3–5', [3, 4, 5], '¶3–5'],
    ['¶ 3', [3], '¶3'],
    ['¶3, 7', [3, 7], '¶3, 7'],
    ['¶3, 4', [3, 4], '¶3–4'],
    ['¶¶3, 7 and 9', [3, 7, 9], '¶3, 7, 9'],
    ['¶¶7–9, 2', [2, 7, 8, 9], '¶2, 7–9'],
    ['¶3–5, 4–6', [3, 4, 5, 6], '¶3–6'],
    ['paragraph 4', [4], '¶4'],
    ['Paragraph 4', [4], '¶4'],
    ['paragraphs 4 and 6', [4, 6], '¶4, 6'],
    ['paragraphs 4 or 6', [4, 6], '¶4, 6'],
    ['paragraphs 2, 5, and 8–9', [2, 5, 8, 9], '¶2, 5, 8–9'],
    ['paragraphs 4 & 6', [4, 6], '¶4, 6'],
    ['paragraphs 10-12', [10, 11, 12], '¶10–12'],
  ])('reads %s', (written, paragraphs, label) => {
    const text = `Reread ${written}. What does Kerry want?`;
    expect(refs(text)).toEqual([[written, paragraphs, label]]);
  });

  it('gives offsets into the text, each pilcrow starting a reference', () => {
    const text = 'Compare ¶3–5 and ¶9: who is to blame? (See also paragraphs 1 and 2.)';
    expect(findParagraphRefs(text)).toEqual([
      { start: 8, end: 12, paragraphs: [3, 4, 5], label: '¶3–5' },
      { start: 17, end: 19, paragraphs: [9], label: '¶9' },
      { start: 48, end: 66, paragraphs: [1, 2], label: '¶1–2' },
    ]);
    expect(text.slice(48, 66)).toBe('paragraphs 1 and 2');
  });

  it('stops at words that are not numbers', () => {
    expect(refs('In paragraph 4 and the caption, find the date.')).toEqual([['paragraph 4', [4], '¶4']]);
    expect(refs('Read ¶2, then answer.')).toEqual([['¶2', [2], '¶2']]);
  });

  it('reads a backwards range as the paragraphs between its ends', () => {
    expect(refs('¶5–3')).toEqual([['¶5–3', [3, 4, 5], '¶3–5']]);
  });

  it('finds nothing in text without references', () => {
    for (const text of ['', 'Why did the truce fail?', 'A ¶ alone, and the word paragraph.', 'In the fourth paragraph, who spoke?', 'paragraph 4th', '¶3a', 'paragraphing 3']) {
      expect(findParagraphRefs(text), text).toEqual([]);
    }
  });

  it('expands a huge range only so far, keeping its label', () => {
    const [ref] = findParagraphRefs('¶1–999999999');
    expect(ref?.label).toBe('¶1–999999999');
    expect(ref?.paragraphs).toHaveLength(1000);
  });
});

describe('validateParagraphRefs', () => {
  it('accepts references to paragraphs that exist, and text without any', () => {
    expect(validateParagraphRefs('Compare ¶3–5 and ¶11 with paragraphs 1 and 2.', 11)).toBeUndefined();
    expect(validateParagraphRefs('Why did the truce fail?', 11)).toBeUndefined();
    expect(validateParagraphRefs('', 0)).toBeUndefined();
  });

  it('names a paragraph past the end', () => {
    expect(validateParagraphRefs('What does ¶14 say?', 11)).toBe('¶14 does not exist: the article has 11 paragraphs');
    expect(validateParagraphRefs('Compare ¶3 and ¶14.', 11)).toBe('¶14 does not exist: the article has 11 paragraphs');
  });

  it('names the first missing paragraph of a range or list, and the reference it is in', () => {
    expect(validateParagraphRefs('Read ¶10–14.', 11)).toBe('¶12 does not exist: the article has 11 paragraphs (in “¶10–14”)');
    expect(validateParagraphRefs('Read paragraphs 2 and 14.', 11)).toBe('¶14 does not exist: the article has 11 paragraphs (in “paragraphs 2 and 14”)');
    expect(validateParagraphRefs('Read paragraph 12.', 11)).toBe('¶12 does not exist: the article has 11 paragraphs (in “paragraph 12”)');
    expect(validateParagraphRefs('Read ¶ 12.', 11)).toBe('¶12 does not exist: the article has 11 paragraphs');
  });

  it('reports a backwards range, with hyphen or en dash', () => {
    expect(validateParagraphRefs('Read ¶5–3.', 11)).toBe('¶5–3 runs backwards: write ¶3–5');
    expect(validateParagraphRefs('Read paragraphs 5-3.', 11)).toBe('¶5–3 runs backwards: write ¶3–5 (in “paragraphs 5-3”)');
  });

  it('reports paragraph zero', () => {
    expect(validateParagraphRefs('Read ¶0.', 11)).toBe('¶0 does not exist: paragraphs are numbered from 1');
    expect(validateParagraphRefs('Read ¶0–2.', 11)).toBe('¶0 does not exist: paragraphs are numbered from 1 (in “¶0–2”)');
  });

  it('reports the first problem only, in reading order', () => {
    expect(validateParagraphRefs('Read ¶20, then ¶0.', 11)).toBe('¶20 does not exist: the article has 11 paragraphs');
  });

  it('counts paragraphs in good English', () => {
    expect(validateParagraphRefs('¶2', 1)).toBe('¶2 does not exist: the article has 1 paragraph');
    expect(validateParagraphRefs('¶1', 0)).toBe('¶1 does not exist: the article has no paragraphs');
  });
});

/** Each unit reference as [the text it covers, text number, paragraphs, label]. */
function unitRefs(text: string): [string, number | undefined, number[], string][] {
  return findUnitRefs(text).map(({ start, end, text: number, paragraphs, label }) => [text.slice(start, end), number, paragraphs, label]);
}

describe('findUnitRefs', () => {
  it.each([
    ['Text 1 ¶3–5', 1, [3, 4, 5], 'Text 1 ¶3–5'],
    ['Text 2, paragraph 4', 2, [4], 'Text 2 ¶4'],
    ['Text 2, ¶4', 2, [4], 'Text 2 ¶4'],
    ['text 2 paragraphs 4 and 6', 2, [4, 6], 'Text 2 ¶4, 6'],
    ['Text 12 ¶¶3, 7', 12, [3, 7], 'Text 12 ¶3, 7'],
    ['Text 2', 2, [], 'Text 2'],
    ['¶3', undefined, [3], '¶3'],
  ])('reads %s', (written, number, paragraphs, label) => {
    const text = `Reread ${written}. What does Kerry want?`;
    expect(unitRefs(text)).toEqual([[written, number, paragraphs, label]]);
  });

  it('gives each text its own paragraphs, in order, and leaves a later bare ¶ bare', () => {
    expect(unitRefs('Compare Text 1 ¶3 with Text 2, paragraphs 13–15 and ¶9.')).toEqual([
      ['Text 1 ¶3', 1, [3], 'Text 1 ¶3'],
      ['Text 2, paragraphs 13–15', 2, [13, 14, 15], 'Text 2 ¶13–15'],
      ['¶9', undefined, [9], '¶9'],
    ]);
  });

  it('does not give a text paragraphs that words separate from it', () => {
    expect(unitRefs('In Text 1, what does ¶3 say?')).toEqual([
      ['Text 1', 1, [], 'Text 1'],
      ['¶3', undefined, [3], '¶3'],
    ]);
    expect(unitRefs('Text 1 Text 2 ¶3')).toEqual([
      ['Text 1', 1, [], 'Text 1'],
      ['Text 2 ¶3', 2, [3], 'Text 2 ¶3'],
    ]);
  });

  it('finds nothing in text that only looks like a text', () => {
    for (const text of ['', 'Why did the truce fail?', 'Read the text.', 'In context 2, who spoke?', 'Texts 1 and 2', 'Text 2b', 'Text two', 'TEXT 2']) {
      expect(findUnitRefs(text), text).toEqual([]);
    }
  });
});

describe('validateUnitRefs', () => {
  /** A unit of two articles, of 11 and 22 paragraphs. */
  const counts = [11, 22];

  it('accepts texts and paragraphs that exist, and questions without references', () => {
    expect(validateUnitRefs('Compare Text 1 ¶3–5 and Text 2, paragraph 22. Then read Text 2 again.', counts)).toBeUndefined();
    expect(validateUnitRefs('Which article quotes more people?', counts)).toBeUndefined();
  });

  it('names a text past the unit’s articles, and text zero', () => {
    expect(validateUnitRefs('What does Text 3 ¶1 say?', counts)).toBe('Text 3 does not exist: the unit has 2 articles, Text 1 and Text 2');
    expect(validateUnitRefs('Read Text 4.', [1, 1, 1])).toBe('Text 4 does not exist: the unit has 3 articles, Text 1 to Text 3');
    expect(validateUnitRefs('Read Text 2.', [5])).toBe('Text 2 does not exist: the unit has 1 article, Text 1');
    expect(validateUnitRefs('Read Text 0.', counts)).toBe('Text 0 does not exist: texts are numbered from 1, in the order of "articles"');
  });

  it('checks paragraphs against the text named, not the other one', () => {
    expect(validateUnitRefs('Read Text 2 ¶20.', counts)).toBeUndefined();
    expect(validateUnitRefs('Read Text 1 ¶20.', counts)).toBe('Text 1 ¶20 does not exist: Text 1 has 11 paragraphs');
    expect(validateUnitRefs('Read Text 2, paragraphs 21–24.', counts)).toBe('Text 2 ¶23 does not exist: Text 2 has 22 paragraphs (in “Text 2, paragraphs 21–24”)');
    expect(validateUnitRefs('Read Text 2 ¶5–3.', counts)).toBe('Text 2 ¶5–3 runs backwards: write Text 2 ¶3–5');
    expect(validateUnitRefs('Read Text 1 ¶0.', counts)).toBe('Text 1 ¶0 does not exist: paragraphs are numbered from 1');
  });

  it('asks a bare ¶ which text it means, explaining the syntax', () => {
    expect(validateUnitRefs('What does ¶3 say?', counts)).toBe(
      '“¶3” does not say which article: name the text first, as in “Text 1 ¶3” (the unit’s articles are Text 1 and Text 2, in the order of "articles")',
    );
    expect(validateUnitRefs('Compare Text 1 ¶3 and paragraph 5.', counts)).toMatch(/^“paragraph 5” does not say which article: name the text first, as in “Text 1 paragraph 5”/);
  });

  it('lets a unit of one article use a bare ¶, checked against that article', () => {
    expect(validateUnitRefs('What does ¶3 say? And Text 1 ¶4?', [11])).toBeUndefined();
    expect(validateUnitRefs('What does ¶12 say?', [11])).toBe('¶12 does not exist: the article has 11 paragraphs');
  });

  it('reports the first problem only, in reading order', () => {
    expect(validateUnitRefs('Read Text 2 ¶30, then Text 5.', counts)).toBe('Text 2 ¶30 does not exist: Text 2 has 22 paragraphs');
  });
});
