import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../src/lib/glossary/sentences.ts';

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
