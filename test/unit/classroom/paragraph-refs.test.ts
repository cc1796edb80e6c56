import { describe, expect, it } from 'vitest';
import { findParagraphRefs, validateParagraphRefs } from '../../../src/lib/classroom/paragraph-refs.ts';

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
