import { describe, expect, it } from 'vitest';
import { postedLine } from '../../../src/lib/import/author-lines.ts';
import { cutEdgeJunk } from '../../../src/lib/import/edge-junk.ts';
import { findDates } from '../../../src/lib/import/find-dates.ts';
import { headerLine } from '../../../src/lib/import/header-lines.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { fileReport } from '../../../src/lib/import/import-report.ts';
import { outletOfUrl } from '../../../src/lib/import/outlets.ts';
import { readPastedArticle } from '../../../src/lib/import/pasted-article.ts';
import { splitIntoParagraphs, shouldSplit } from '../../../src/lib/import/split-paragraphs.ts';
import { splitTitleSuffix } from '../../../src/lib/import/title-suffix.ts';
import { wordsLost } from '../../../src/lib/import/word-accounting.ts';

const SENTENCE = 'Rebel positions north of Aleppo came under heavy attack on Monday as the truce appeared to unravel.';
const story = (count: number) => Array.from({ length: count }, (_, i) => SENTENCE.replace('Monday', `day ${i + 1}`)).join(' ');

describe('junk at the edges of a paragraph', () => {
  it('cuts a date stamp and the repeated headline before the lede, keeping the date', () => {
    const junk = cutEdgeJunk(`Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. ${SENTENCE}`, { title: 'Syria attack symptoms consistent with nerve agent use WHO', stampsAtStart: true });
    expect(junk.text).toBe(SENTENCE);
    expect(junk.cuts.map(({ kind, text }) => [kind, text])).toEqual([
      ['date stamp', 'Wed 05 Apr 2017'],
      ['repeated title', 'Syria attack symptoms consistent with nerve agent use WHO.'],
    ]);
    expect(junk.date?.iso).toBe('2017-04-05');
  });

  it('cuts wire stamps, share widgets and "Posted by" lines, reading the agency, author and date', () => {
    expect(cutEdgeJunk(`Middle East 17:30 28.04.2017 Get short URL 185 ${SENTENCE}`, { stampsAtStart: true })).toMatchObject({ text: SENTENCE, date: { iso: '2017-04-28' } });
    expect(cutEdgeJunk(`AFP Thursday 6 Mar 2014 ${SENTENCE}`, { stampsAtStart: true })).toMatchObject({ text: SENTENCE, agency: 'AFP', date: { iso: '2014-03-06' } });
    expect(cutEdgeJunk(`Posted by Jane Doe on 19 Sep 2016 ${SENTENCE}`, { stampsAtStart: true })).toMatchObject({ text: SENTENCE, author: 'Jane Doe', date: { iso: '2016-09-19' } });
    expect(cutEdgeJunk(`Story Continued Below ${SENTENCE}`).text).toBe(SENTENCE);
  });

  it('cuts tags, "Read Also", footers, credits and sign-offs after the last sentence', () => {
    for (const tail of [
      'Tags Syria Golan Heights Israel',
      'Read Also: Another headline here',
      'Print Tweet Views 1430',
      'Home About Us Privacy Policy Cookie Policy',
      '(Reporting by Tom Perry; Editing by Peter Graff)',
      'Featured image via Twitter',
      'Like this: Like Loading…',
      '***',
      '--Reuters',
    ]) {
      const junk = cutEdgeJunk(`${SENTENCE} ${tail}`, { isLast: true });
      expect(junk.text, tail).toBe(SENTENCE);
      expect(junk.cuts[0]?.text, tail).toBe(tail);
    }
  });

  it('never cuts inside a sentence, nor a date that starts a later paragraph', () => {
    const text = 'Read also the report, which the Observatory published on Monday.';
    expect(cutEdgeJunk(text, { isLast: true }).text).toBe(text);
    const dated = `5 July 2016 was the day the convoy was hit. ${SENTENCE}`;
    expect(cutEdgeJunk(dated, { stampsAtStart: false }).text).toBe(dated);
  });
});

describe('one-line pastes split into paragraphs', () => {
  it('splits an article on one line at sentence boundaries, one to three sentences a paragraph', () => {
    const paragraphs = splitIntoParagraphs(story(12));
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    for (const paragraph of paragraphs) expect(paragraph.split('. ').length).toBeLessThanOrEqual(3);
    expect(paragraphs.join(' ')).toBe(story(12));
  });

  it('keeps a quotation over several sentences whole, with its attribution', () => {
    const quote = '"We will not leave. We will stay until the end. Nobody can make us go," said the mayor of the town.';
    const paragraphs = splitIntoParagraphs(`${story(3)} ${quote} ${story(3)}`);
    expect(paragraphs.some((paragraph) => paragraph.includes(quote))).toBe(true);
  });

  it('decides by length: over 1,200 characters always, a lone paragraph over 600', () => {
    expect(shouldSplit('x'.repeat(1201), false)).toBe(true);
    expect(shouldSplit('x'.repeat(700), false)).toBe(false);
    expect(shouldSplit('x'.repeat(700), true)).toBe(true);
  });

  it('says so in the report, and loses no word', () => {
    const paste = `Rebels attacked\nWed 05 Apr 2017 ${story(14)} Tags Syria Aleppo truce`;
    const result = importText(new TextEncoder().encode(paste), 'paste.txt', { source: 'X' });
    if (!result.ok) throw result.error;
    expect(result.article.paragraphs.length).toBeGreaterThan(3);
    const report = fileReport({ input: 'paste.txt', result, outcome: 'written', target: 'a.md' }).join('\n');
    expect(report).toMatch(/line 2 +¶1–\d+: one paragraph of \d+ split at sentence boundaries/u);
    expect(report).toMatch(/line 2 +cut \(date stamp\) from the start of a paragraph: “Wed 05 Apr 2017”/u);
    expect(report).toMatch(/line 2 +cut \(tags\) from the end of a paragraph: “Tags Syria Aleppo truce”/u);
    expect(result.article.fields.published).toBe('2017-04-05');
    expect(wordsLost(result.pasted)).toEqual([]);
  });

  it('--keep-junk cuts nothing', () => {
    const article = readPastedArticle(`Title\nWed 05 Apr 2017 ${story(3)}`, { keepJunk: true })!;
    expect(article.cuts).toEqual([]);
    expect(article.paragraphs[0]).toMatch(/^Wed 05 Apr 2017/u);
  });
});

describe('titles, deks, headers and outlets', () => {
  it('cuts a site suffix off the title and takes it as the outlet', () => {
    expect(splitTitleSuffix('Car bomb kills at least 34 in Hama - Region - World - Ahram Online')).toEqual({ title: 'Car bomb kills at least 34 in Hama', outlet: 'Ahram Online', cut: '- Region - World - Ahram Online' });
    expect(splitTitleSuffix('Senate passes the bill – Eagle Rising').outlet).toBe('Eagle Rising');
    expect(splitTitleSuffix('Syria talks stall | Reuters').outlet).toBe('Reuters');
    expect(splitTitleSuffix('Syria - the war that never ends')).toEqual({ title: 'Syria - the war that never ends' });
  });

  it('never takes highlights, share counters, menus or a caption with the title glued on as the dek', () => {
    const after = [story(2), story(3), story(4)];
    for (const line of ['Story highlights', '8422 SHARES', 'Home World Middle East Politics', 'Rebels attacked Aleppo A fighter fires (AFP Photo)']) {
      expect(readPastedArticle(['Rebels attacked Aleppo', line, ...after].join('\n\n'))!.dek, line).toBeUndefined();
    }
    expect(readPastedArticle(['Rebels attacked Aleppo', 'The truce is over', ...after].join('\n\n'))!.dek).toBe('The truce is over');
  });

  it('reads header lines before or after the title, trusted before the text', () => {
    const result = importText(new TextEncoder().encode(`Source: Reuters\nRebels attacked\nPublished: 2016-09-19\nURL: https://www.reuters.com/a\nAuthor: Tom Perry\n\n${story(4)}`), 'p.txt');
    if (!result.ok) throw result.error;
    expect(result.article.fields).toMatchObject({ title: 'Rebels attacked', source: 'Reuters', published: '2016-09-19', url: 'https://www.reuters.com/a', author: 'Tom Perry' });
    expect(headerLine('Date: 19 September 2016')).toEqual({ field: 'published', value: '19 September 2016' });
  });

  it('reads "Posted by X on DATE" and "By X | DATE" lines', () => {
    expect(postedLine('Posted by Jane Doe on 19 Sep 2016')).toMatchObject({ author: 'Jane Doe', date: { iso: '2016-09-19' } });
    expect(postedLine('By Jane Doe | September 19, 2016')).toMatchObject({ author: 'Jane Doe', date: { iso: '2016-09-19' } });
    expect(postedLine('By the way, on 19 Sep 2016 we left')).toBeUndefined();
  });

  it('names the outlet of an address from the table, else the domain', () => {
    expect(outletOfUrl('https://www.reuters.com/article/x')).toBe('Reuters');
    expect(outletOfUrl('https://english.ahram.org.eg/News/1.aspx')).toBe('Ahram Online');
    expect(outletOfUrl('https://news.example.org/a')).toBe('news.example.org');
  });

  it('reads dates with chrono only when day, month and year are all written', () => {
    expect(findDates('on 19.07.2016(updated 1457 19.07.2016)')[0]?.iso).toBe('2016-07-19');
    expect(findDates('in May 2016 and in 2011')).toEqual([]);
  });
});
