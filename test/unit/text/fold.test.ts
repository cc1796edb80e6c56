import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/text/fold.ts';

describe('foldText', () => {
  it('folds typographic apostrophes, dashes and spaces', () => {
    expect(foldText('O’Brien ‘x’ ʼ ′ ＇').folded).toBe("O'Brien 'x' ' ' '");
    expect(foldText('a‐b‑c‒d–e—f―g−h').folded).toBe('a-b-c-d-e-f-g-h');
    expect(foldText('Deir\u00a0Ezzor\u202fand\u2009this').folded).toBe('Deir Ezzor and this');
  });

  it('collapses whitespace runs and drops invisible characters', () => {
    expect(foldText('Deir \n\t Ezzor').folded).toBe('Deir Ezzor');
    expect(foldText('Is\u00adlamic\u200b State').folded).toBe('Islamic State');
  });

  it('strips accents from Latin letters, precomposed or not', () => {
    expect(foldText('Sergueï Ayrault Şam ā ç Zôr').folded).toBe('Serguei Ayrault Sam a c Zor');
    expect(foldText('Zo\u0302r').folded).toBe('Zor');
  });

  it('keeps other scripts, marks included, as they are', () => {
    expect(foldText('Сергей Лавров').folded).toBe('Сергей Лавров');
    expect(foldText('بشار الأسد').folded).toBe('بشار الأسد');
  });

  it('keeps case unless asked', () => {
    expect(foldText('Samantha Power').folded).toBe('Samantha Power');
    expect(foldText('Samantha POWER İdlib', { caseInsensitive: true }).folded).toBe('samantha power idlib');
  });

  it('maps every folded character, and the end, back to the original text', () => {
    const text = 'Deir  ez‑Zo\u0302r\u00ad!';
    const { folded, toOriginal } = foldText(text);
    expect(folded).toBe('Deir ez-Zor!');
    expect([...toOriginal]).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 12, 14, text.length]);
  });

  it('keeps astral characters whole', () => {
    const { folded, toOriginal } = foldText('a 𝒜 b');
    expect(folded).toBe('a 𝒜 b');
    expect([...toOriginal]).toEqual([0, 1, 2, 2, 4, 5, 6]);
  });
});
