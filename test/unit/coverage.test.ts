import { describe, expect, it } from 'vitest';
import { candidateNames, uncoveredNames } from '../../src/lib/glossary/coverage.ts';
import { textBlocks } from '../../src/lib/article-body/blocks.ts';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';

const matcher = createMatcher([
  { entityId: 'kerry', name: 'John Kerry' },
  { entityId: 'kerry', name: 'Kerry' },
  { entityId: 'un', name: 'U.N.' },
]);

describe('candidateNames', () => {
  it('finds capitalised multi-word names, with their particles', () => {
    expect(candidateNames('Syria’s ambassador to the U.N. in Geneva, Hussam Eddin Ala, took a different approach.', matcher)).toEqual([
      'Geneva',
      'Hussam Eddin Ala',
    ]);
    expect(candidateNames('the Nusra Front, which has renamed itself Jabhat Fateh al-Sham', matcher)).toEqual(['Nusra Front', 'Jabhat Fateh al-Sham']);
    expect(candidateNames('the International Committee of the Red Cross announced', matcher)).toEqual(['International Committee of the Red Cross']);
  });

  it('skips what the glossary already matches', () => {
    expect(candidateNames('U.S. Secretary of State John Kerry dismissed it.', matcher)).toEqual(['U.S. Secretary of State']);
    expect(candidateNames('Kerry said so.', matcher)).toEqual([]);
  });

  it('ignores sentence-initial words, days and months, but not mid-sentence single names', () => {
    expect(candidateNames('However, the strike on Monday in September hit Talbiseh.', matcher)).toEqual(['Talbiseh']);
    expect(candidateNames('The Syrian army said so.', matcher)).toEqual(['Syrian']);
    expect(candidateNames('NEW YORK - SEPTEMBER 19: a speech.', matcher)).toEqual(['NEW YORK']);
  });

  it('never joins names across a sentence end, but keeps initials and acronyms', () => {
    expect(candidateNames('Aid has not arrived since July. But Homs got some.', matcher)).toEqual(['Homs']);
    expect(candidateNames('A word from George W. Bush and the U.S. Army today.', matcher)).toEqual(['George W. Bush', 'U.S. Army']);
  });
});

describe('uncoveredNames', () => {
  it('counts each name across articles and says where it first appears', () => {
    const result = uncoveredNames(
      [
        { articleId: 'a', blocks: textBlocks(['Aid reached Talbiseh.', 'Then Talbiseh again, near Homs.'], []) },
        { articleId: 'b', blocks: textBlocks(['Convoys left for Talbiseh.'], [{ text: 'Aid trucks enter Talbiseh, 2016.' }]) },
      ],
      matcher,
    );
    expect(result).toEqual([
      { name: 'Talbiseh', count: 4, example: { articleId: 'a', block: { kind: 'paragraph', n: 1 } } },
      { name: 'Homs', count: 1, example: { articleId: 'a', block: { kind: 'paragraph', n: 2 } } },
    ]);
  });
});
