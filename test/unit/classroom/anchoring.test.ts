import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, anchorOf, locate, trimRange } from '../../../src/lib/classroom/anchoring.ts';

const P3 = 'The Russian defense ministry said U.S. jets killed more than 60 Syrian soldiers in the eastern city of Deir al-Zor.';
const P4 = 'U.S. Ambassador Samantha Power said Moscow’s request for the meeting was a “stunt.”';
const article = (...texts: string[]) => new Map(texts.map((text, index) => [`p${index + 1}`, text]));

describe('anchorOf', () => {
  it('keeps the quote, up to 32 characters either side, and the position within the paragraph', () => {
    const start = P3.indexOf('more than 60');
    const anchor = anchorOf('p3', P3, start, start + 'more than 60 Syrian soldiers'.length);
    expect(anchor).toEqual({
      paragraph: 'p3',
      exact: 'more than 60 Syrian soldiers',
      prefix: P3.slice(start - CONTEXT_CHARS, start),
      suffix: ' in the eastern city of Deir al-',
      start,
      end: start + 28,
    });
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => anchorOf('p1', 'abc', 2, 2)).toThrow(RangeError);
    expect(() => anchorOf('p1', 'abc', 1, 4)).toThrow(RangeError);
  });
});

describe('locate', () => {
  const start = P3.indexOf('Syrian soldiers');
  const anchor = anchorOf('p3', P3, start, start + 'Syrian soldiers'.length);

  it('finds unchanged text where it was', () => {
    expect(locate(anchor, article('One.', 'Two.', P3, P4))).toEqual({ paragraph: 'p3', start: anchor.start, end: anchor.end });
  });

  it('finds the words again when an edit earlier in the paragraph moves them', () => {
    const edited = P3.replace('The Russian defense ministry', 'Russia’s ministry of defense');
    const placed = locate(anchor, article('One.', 'Two.', edited, P4))!;
    expect(placed.paragraph).toBe('p3');
    expect(edited.slice(placed.start, placed.end)).toBe('Syrian soldiers');
  });

  it('finds them in another paragraph when one is added above (the ¶ numbers move)', () => {
    const placed = locate(anchor, article('One.', 'New paragraph.', 'Two.', P3, P4));
    expect(placed).toEqual({ paragraph: 'p4', start: anchor.start, end: anchor.end });
  });

  it('picks the occurrence whose context agrees when the words occur twice', () => {
    const text = 'Kerry spoke. Later Kerry said Russia must act.';
    const second = text.lastIndexOf('Kerry');
    const twice = anchorOf('p1', text, second, second + 5);
    const edited = `Today, ${text}`;
    const placed = locate(twice, article(edited))!;
    expect(placed.start).toBe(edited.lastIndexOf('Kerry'));
  });

  it('leaves unplaced a highlight whose words are gone', () => {
    const start60 = P3.indexOf('more than 60');
    const sixty = anchorOf('p3', P3, start60, start60 + 12);
    expect(locate(sixty, article('One.', 'Two.', P3.replace('more than 60', 'about 62'), P4))).toBeUndefined();
  });

  it('always places an anchor in the unchanged text it was made from', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const placed = locate(anchorOf('p1', text, start, end), article(text));
        expect(placed).toEqual({ paragraph: 'p1', start, end });
      }),
    );
  });
});

describe('trimRange', () => {
  it('drops the spaces a double-click takes with a word', () => {
    expect(trimRange(' stunt ', 0, 7)).toEqual({ start: 1, end: 6 });
    expect(trimRange('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});
