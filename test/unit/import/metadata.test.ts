import { describe, expect, it } from 'vitest';
import { authorBio, byline } from '../../../src/lib/import/author-lines.ts';
import { readDateline } from '../../../src/lib/import/dateline.ts';
import { dateAtStart, dateLine, findDates } from '../../../src/lib/import/find-dates.ts';
import { articleMetadata } from '../../../src/lib/import/metadata.ts';
import { readPastedArticle } from '../../../src/lib/import/pasted-article.ts';

describe('dates', () => {
  it.each([
    ['on September 19, 2016.', '2016-09-19'],
    ['FILE – in Geneva on Sept. 9, 2016, before', '2016-09-09'],
    ['19 September 2016', '2016-09-19'],
    ['Wed 05 Apr 2017 Syria attack', '2017-04-05'],
    ['April 5 2017 by Youssef Diab', '2017-04-05'],
    ['2016-09-19', '2016-09-19'],
    ['21.08.2013Get short URL', '2013-08-21'],
    ['05-09-2013 Damascus car bomb', '2013-09-05'],
    ['the 1st of nothing, July 4th, 1776', undefined],
    ['SEPTEMBER 19: no year here', undefined],
    ['February 30, 2016', undefined],
  ])('%j has %s', (text, iso) => expect(findDates(text)[0]?.iso).toBe(iso));

  it('finds a date at a text’s start past "Published" and a weekday, and only there', () => {
    expect(dateAtStart('Published February 23 2015 Ten children were among')?.iso).toBe('2015-02-23');
    expect(dateAtStart('Thursday 31 July 2014 10:59 Syrian Coalition')?.iso).toBe('2014-07-31');
    expect(dateAtStart('Date of publication 5 July 2016 The bomber was')?.iso).toBe('2016-07-05');
    expect(dateAtStart('Talks began on September 9, 2016 in Geneva')).toBeUndefined();
  });

  it('knows a line that is only a date', () => {
    expect(dateLine('September 19, 2016 4:50 PM')?.iso).toBe('2016-09-19');
    expect(dateLine('Last updated: Monday, September 19, 2016 at 16:50 EDT')?.iso).toBe('2016-09-19');
    expect(dateLine('September 19, 2016: the day the convoy was hit')).toBeUndefined();
  });
});

describe('datelines', () => {
  it('reads a wire dateline’s outlet and a leading date, past a repeated headline', () => {
    expect(readDateline('WASHINGTON (Reuters) - The United States said', 'Title').outlet).toBe('Reuters');
    expect(readDateline('BEIRUT, Sept 19 (AFP) — Air strikes hit', 'Title').outlet).toBe('AFP');
    expect(readDateline('Wed 05 Apr 2017 Syria attack symptoms consistent. Victims of', 'Syria attack').date?.iso).toBe('2017-04-05');
    expect(readDateline('Aid convoy hit near Aleppo 6 October 2016 Aleppo SANA - Terrorists', 'Aid Convoy Hit Near Aleppo').date?.iso).toBe('2016-10-06');
    expect(readDateline('U.S. forces (on Monday) - said', 'Title').outlet).toBeUndefined();
  });
});

describe('author lines', () => {
  it('reads bios and bylines', () => {
    expect(authorBio('Colum Lynch is a senior staff writer at Foreign Policy. Twitter: @columlynch')).toEqual({ author: 'Colum Lynch', outlet: 'Foreign Policy' });
    expect(authorBio('Jane Doe is a freelance journalist based in Beirut.')).toEqual({ author: 'Jane Doe' });
    expect(authorBio('Kerry is a former senator.')).toBeUndefined();
    expect(byline('By Anne Barnard and Hwaida Saad')).toBe('Anne Barnard and Hwaida Saad');
    expect(byline('By the way, nothing')).toBeUndefined();
  });
});

describe('articleMetadata', () => {
  const article = readPastedArticle(
    [
      'Title',
      'NEW YORK - SEPTEMBER 19: Kerry speaks at the U.N. on September 19, 2016. (Photo by A/B)',
      'A first paragraph of the text, long enough to be a body paragraph of the article at hand.',
      'A second paragraph of the text.',
      'Colum Lynch is a senior staff writer at Foreign Policy.',
    ].join('\n'),
  )!;

  it('guesses from the text and says from where', () => {
    expect(articleMetadata(article, {})).toEqual([
      { field: 'source', value: 'Foreign Policy', from: 'text', evidence: 'the author bio (line 5)' },
      { field: 'author', value: 'Colum Lynch', from: 'text', evidence: 'the author bio (line 5)' },
      { field: 'authorBio', value: 'Colum Lynch is a senior staff writer at Foreign Policy.', from: 'text', evidence: 'line 5' },
      { field: 'published', value: '2016-09-19', from: 'text', evidence: 'caption 1 (line 2): “September 19, 2016”' },
      { field: 'language', value: 'en', from: 'default' },
    ]);
  });

  it('lets flags win, noting what the text said instead', () => {
    const origins = articleMetadata(article, { source: 'FP', published: '2016-09-20', url: 'https://example.org/a', language: 'en-GB' });
    expect(origins.find(({ field }) => field === 'source')).toEqual({
      field: 'source',
      value: 'FP',
      from: 'flag',
      overrides: { value: 'Foreign Policy', evidence: 'the author bio (line 5)' },
    });
    expect(origins.filter(({ from }) => from === 'flag').map(({ field }) => field)).toEqual(['source', 'published', 'url', 'language']);
  });
});
