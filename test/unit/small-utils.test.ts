import { describe, expect, it } from 'vitest';
import { counted } from '../../src/lib/counted.ts';
import { formatLongDate, formatShortDate, isoDay } from '../../src/lib/text/dates.ts';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { joinBase } from '../../src/lib/urls.ts';

describe('reading time', () => {
  it('counts words, not punctuation or numbers split by it', () => {
    expect(countWords('Kerry said: “Russia signed up to a cessation of hostilities.”')).toBe(10);
    expect(countWords('more than 300,000 people — in 2011')).toBe(6);
    expect(countWords('')).toBe(0);
  });
  it('counts spaced scripts as the segmenter does, and unspaced ones with it', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const bySegmenter = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;
    for (const text of [
      'U.S. Secretary of State John F. Kerry dismissed Russia’s accusations on Sept. 9, 2016.',
      'Deir ez‑Zôr, Stephen O’Brien and the al-Qaida-linked militants: 62 soldiers.',
      'Привет, мир. مرحبا بالعالم',
    ]) {
      expect(countWords(text)).toBe(bySegmenter(text));
    }
    expect(countWords('叙利亚停火协议')).toBe(bySegmenter('叙利亚停火协议'));
  });
  it('rounds to whole minutes, never less than one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(488)).toBe(2);
    expect(readingMinutes(1118)).toBe(6);
  });
});

describe('joinBase', () => {
  it.each([
    ['/', 'articles/x/', '/articles/x/'],
    ['/guide/', 'articles/x/', '/guide/articles/x/'],
    ['/guide', '/articles/x/', '/guide/articles/x/'],
    ['/guide/', '', '/guide/'],
  ])('joinBase(%j, %j) is %j', (base, path, expected) => expect(joinBase(base, path)).toBe(expected));
});

describe('dates', () => {
  const sunday = new Date('2016-09-18');
  it('format a publication day in UTC, whatever the machine’s time zone', () => {
    expect(formatLongDate(sunday)).toBe('Sunday, 18 September 2016');
    expect(formatShortDate(sunday)).toBe('18 Sept 2016');
    expect(isoDay(sunday)).toBe('2016-09-18');
  });
});

describe('counted', () => {
  it('says one in the singular, any other count in the plural, with thousands separated', () => {
    expect(counted(1, 'paragraph')).toBe('1 paragraph');
    expect(counted(0, 'paragraph')).toBe('0 paragraphs');
    expect(counted(2, 'entry', 'entries')).toBe('2 entries');
    expect(counted(1200, 'word')).toBe('1,200 words');
  });
});
