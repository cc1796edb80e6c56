import { describe, expect, it } from 'vitest';
import { markedPieces, sentenceAround, sentencesAround, sentencesOf } from '../../../src/lib/text/sentences.ts';

/** The sentence around the first occurrence of `match`, with the match marked. */
function around(text: string, match: string, from = 0): string {
  const start = text.indexOf(match, from);
  const { sentence, start: s, end: e } = sentenceAround(text, start, start + match.length);
  expect(sentence.slice(s, e)).toBe(match);
  return `${sentence.slice(0, s)}[${sentence.slice(s, e)}]${sentence.slice(e)}`;
}

describe('sentenceAround', () => {
  const reuters =
    'The Russian defense ministry said U.S. jets killed more than 60 Syrian soldiers in the eastern city of Deir al-Zor in four air strikes by two F16 and two A10 fighter jets coming from the direction of Iraq.';

  it('keeps a real sentence with "U.S." in it whole', () => {
    const text = `The strike was on Saturday. ${reuters} Damascus called it a massacre.`;
    expect(around(text, 'Deir al-Zor')).toBe(reuters.replace('Deir al-Zor', '[Deir al-Zor]'));
    expect(around(text, 'U.S.')).toBe(reuters.replace('U.S.', '[U.S.]'));
  });

  it.each([
    ['Earlier, the U.N. Security Council met in New York. It adjourned.', 'Security Council', 'Earlier, the U.N. [Security Council] met in New York.'],
    ['Talks ended. Then the U.S. Russia deal collapsed. Nobody was surprised.', 'Russia', 'Then the U.S. [Russia] deal collapsed.'],
    ['The truce began on Sept. 12 in Aleppo. It broke down.', 'Aleppo', 'The truce began on Sept. 12 in [Aleppo].'],
    ['Fighting resumed. Gen. Joseph Votel said the strike was a mistake.', 'Votel', 'Gen. Joseph [Votel] said the strike was a mistake.'],
    ['Dr. Zaher Hajo examined the victims. Mr. Kerry called Lavrov.', 'Kerry', 'Mr. [Kerry] called Lavrov.'],
    ['Dr. Zaher Hajo examined the victims. Mr. Kerry called Lavrov.', 'Hajo', 'Dr. Zaher [Hajo] examined the victims.'],
    ['He flew in from St. Petersburg on Monday. Talks began.', 'Petersburg', 'He flew in from St. [Petersburg] on Monday.'],
    // FP's photo caption was cut at the initial: "…Secretary of State John F." / "Kerry delivers…".
    [
      'NEW YORK, NY. - SEPTEMBER 19: U.S. Secretary of State John F. Kerry delivers a speech during the Economic and Social Council Chamber high-level meeting. Later he left.',
      'Kerry',
      'NEW YORK, NY. - SEPTEMBER 19: U.S. Secretary of State John F. [Kerry] delivers a speech during the Economic and Social Council Chamber high-level meeting.',
    ],
    ['The talks stalled. Samuel L. Jackson and George W. Bush were not there.', 'Bush', 'Samuel L. Jackson and George W. [Bush] were not there.'],
    ['Vitaly Churkin accused the U.S. of violating agreements. Moscow agreed.', 'Churkin', 'Vitaly [Churkin] accused the U.S. of violating agreements.'],
    ['Talks ended. The U.S.-Russian deal, struck by the U.S. and Russia, held. It broke.', 'and Russia', 'The U.S.-Russian deal, struck by the U.S. [and Russia], held.'],
  ])('does not end a sentence inside an abbreviation: %s', (text, match, expected) => {
    expect(around(text, match)).toBe(expected);
  });

  it('still ends ordinary sentences', () => {
    expect(around('Kerry met Lavrov. Lavrov met Kerry! Did Assad agree?', 'Kerry', 10)).toBe('Lavrov met [Kerry]!');
  });

  it('spans a break the match crosses, and handles text with no break', () => {
    expect(around('One. Two. Three.', 'One. Two')).toBe('[One. Two].');
    expect(around('no punctuation at all', 'punctuation')).toBe('no [punctuation] at all');
  });
});

describe('sentencesAround', () => {
  /** Each sentence with its matches marked, for `names` found in order in `text`. */
  function shown(text: string, ...names: string[]): string[] {
    let from = 0;
    const matches = names.map((name) => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      return { start, end: start + name.length };
    });
    return sentencesAround(text, matches).map((found) => markedPieces(found).map(({ text: t, marked }) => (marked ? `[${t}]` : t)).join(''));
  }

  it('shows a sentence that names an entity twice once, with both names marked (FP ¶16, Jabhat Fateh al-Sham)', () => {
    const text =
      'But the terms would require the warring parties to silence their guns. If the cease-fire were to hold for a full week, the United States and Russia would begin to coordinate military strikes against Syrian terrorist groups, including the Islamic State and the Nusra Front, which has renamed itself Jabhat Fateh al-Sham and is still considered affiliated with al Qaeda.';
    expect(shown(text, 'Nusra Front', 'Jabhat Fateh al-Sham')).toEqual([
      'If the cease-fire were to hold for a full week, the United States and Russia would begin to coordinate military strikes against Syrian terrorist groups, including the Islamic State and the [Nusra Front], which has renamed itself [Jabhat Fateh al-Sham] and is still considered affiliated with al Qaeda.',
    ]);
  });

  it('keeps separate sentences apart, in order (FP ¶15, Islamic State)', () => {
    const text =
      'Syria’s ambassador to the U.N. in Geneva, Hussam Eddin Ala, took a different approach Monday. Ala said the strike “aimed to pave the way for the ISIS terrorists to attack” over the site, from which the Syrian troops had been fighting Islamic State attackers.';
    expect(shown(text, 'U.N.', 'ISIS', 'Islamic State')).toEqual([
      'Syria’s ambassador to the [U.N.] in Geneva, Hussam Eddin Ala, took a different approach Monday.',
      'Ala said the strike “aimed to pave the way for the [ISIS] terrorists to attack” over the site, from which the Syrian troops had been fighting [Islamic State] attackers.',
    ]);
  });

  it('merges sentences that a match crosses with the one before', () => {
    expect(shown('One. Two. Three.', 'One', 'One. Two')).toEqual(['[One]. Two.']);
  });
});

describe('sentencesOf', () => {
  it('cuts a paragraph as sentenceAround does: "U.S." and initials end no sentence', () => {
    expect(sentencesOf('  The U.S. envoy met John F. Kerry on Saturday. Talks failed.  Both left. ')).toEqual([
      'The U.S. envoy met John F. Kerry on Saturday.',
      'Talks failed.',
      'Both left.',
    ]);
    expect(sentencesOf('   ')).toEqual([]);
  });
});
