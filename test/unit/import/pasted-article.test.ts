import { describe, expect, it } from 'vitest';
import { readPastedArticle, type PastedArticle } from '../../../src/lib/import/pasted-article.ts';

const read = (...lines: string[]): PastedArticle => {
  const article = readPastedArticle(lines.join('\n'));
  if (!article) throw new Error('nothing read');
  return article;
};
const roleOf = (article: PastedArticle, n: number) => article.lines.find((line) => line.n === n)?.role;

const PARAGRAPH_1 = 'Syrian government jets launched dozens of airstrikes in and around the city of Aleppo on Monday, according to a monitoring group in Britain.';
const PARAGRAPH_2 = 'The U.S. effort came against a backdrop of increased violence in Syria, with Damascus, for its part, declaring the cease-fire virtually dead.';
const PARAGRAPH_3 = '“The burden is on the Russians to demonstrate quickly … they are committed to this process,” said the official, who spoke to reporters.';

describe('title, dek and paragraphs', () => {
  it('takes the first non-empty line as the title and keeps paragraphs in order, whitespace normalised', () => {
    const article = read('', '  Aid  Convoy\tHit  ', '', `  ${PARAGRAPH_1}  `, PARAGRAPH_2, '', PARAGRAPH_3);
    expect(article.title).toBe('Aid Convoy Hit');
    expect(article.dek).toBeUndefined();
    expect(article.paragraphs).toEqual([PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3]);
    expect(roleOf(article, 2)).toEqual({ role: 'title' });
  });

  it('reads a short line set apart from the text as a dek, and a long first line as the lede', () => {
    const withDek = read('Title', 'Damascus tore up the cease-fire, but Washington can’t let go.', 'A caption shown twice in a row here.', 'A caption shown twice in a row here.', PARAGRAPH_1, PARAGRAPH_2);
    expect(withDek.dek).toBe('Damascus tore up the cease-fire, but Washington can’t let go.');
    const withoutFullStop = read('Title', 'Why the truce failed, and what comes next', PARAGRAPH_1, PARAGRAPH_2);
    expect(withoutFullStop.dek).toBe('Why the truce failed, and what comes next');
    const lede = read('Title', PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);
    expect(lede.dek).toBeUndefined();
    expect(lede.paragraphs).toHaveLength(3);
  });

  it('never takes a dateline, a lone paragraph or (with noDek) anything as the dek', () => {
    expect(read('Title', 'WASHINGTON (Reuters) - Talks stalled', PARAGRAPH_1, PARAGRAPH_2).dek).toBeUndefined();
    expect(read('Title', 'Short first line', PARAGRAPH_1).dek).toBeUndefined();
    expect(readPastedArticle(['Title', 'Why the truce failed', PARAGRAPH_1, PARAGRAPH_2].join('\n'), { noDek: true })?.dek).toBeUndefined();
  });

  it('drops a repeat of the title', () => {
    const article = read('Aid Convoy Hit', 'Aid Convoy Hit', PARAGRAPH_1);
    expect(roleOf(article, 2)).toEqual({ role: 'dropped', reason: { why: 'repeats-title' } });
  });
});

describe('photo captions and credits', () => {
  it('reads a paragraph shown twice in a row as a caption, kept once', () => {
    const caption = 'Kerry and Lavrov answer questions in Geneva before their meeting.';
    const article = read('Title', PARAGRAPH_1, caption, '', caption, PARAGRAPH_2);
    expect(article.captions).toEqual([{ text: caption, line: 3, isFilePhoto: false }]);
    expect(roleOf(article, 3)).toEqual({ role: 'caption', caption: 1, reason: 'shown-twice' });
    expect(roleOf(article, 5)).toEqual({ role: 'dropped', reason: { why: 'repeats-line', line: 3 } });
    expect(article.paragraphs).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('takes the credit from "(Photo by …)" and the like at a caption’s end', () => {
    const article = read(
      'Title',
      'Kerry speaks in New York on September 19, 2016. (Photo by Mohammed Elshamy/Anadolu Agency/Getty Images)',
      PARAGRAPH_1,
      'A convoy waits near Aleppo. (AP Photo/Hassan Ammar, File)',
    );
    expect(article.captions.map(({ text, credit }) => [text, credit])).toEqual([
      ['Kerry speaks in New York on September 19, 2016.', 'Mohammed Elshamy/Anadolu Agency/Getty Images'],
      ['A convoy waits near Aleppo.', 'AP Photo/Hassan Ammar, File'],
    ]);
  });

  it('reads "FILE –" lines as archive-photo captions, kept as written', () => {
    const article = read('Title', PARAGRAPH_1, 'FILE – Kerry and Lavrov in Geneva, Sept. 9, 2016.', PARAGRAPH_2);
    expect(article.captions).toEqual([{ text: 'FILE – Kerry and Lavrov in Geneva, Sept. 9, 2016.', line: 3, isFilePhoto: true }]);
  });

  it('gives a "Photo credit:" line to the first caption without one, else says why it went', () => {
    const credited = read('Title', 'FILE - Kerry in Geneva.', PARAGRAPH_1, 'Photo credit: Reuters/Denis Balibouse');
    expect(credited.captions[0]?.credit).toBe('Reuters/Denis Balibouse');
    expect(roleOf(credited, 4)).toEqual({ role: 'credit', caption: 1, credit: 'Reuters/Denis Balibouse' });
    const orphan = read('Title', PARAGRAPH_1, 'Photo credit: Reuters');
    expect(roleOf(orphan, 3)).toEqual({ role: 'dropped', reason: { why: 'credit-without-caption', credit: 'Reuters' } });
  });

  it('keeps a caption repeated further down once', () => {
    const article = read('Title', 'FILE - Kerry in Geneva.', PARAGRAPH_1, 'FILE - Kerry in Geneva.', PARAGRAPH_2);
    expect(article.captions).toHaveLength(1);
    expect(roleOf(article, 4)).toEqual({ role: 'dropped', reason: { why: 'repeats-caption', caption: 1 } });
  });

  it('does not make a caption of a short line shown twice (page furniture such as "Share")', () => {
    const article = read('Title', PARAGRAPH_1, 'Listen', 'Listen', PARAGRAPH_2);
    expect(article.captions).toEqual([]);
    expect(article.paragraphs).toEqual([PARAGRAPH_1, 'Listen', PARAGRAPH_2]);
    expect(roleOf(article, 4)).toEqual({ role: 'dropped', reason: { why: 'repeats-line', line: 3 } });
  });
});

describe('bio, byline, ads, dates and addresses', () => {
  it('reads an author bio on the last line as author and outlet', () => {
    const article = read('Title', PARAGRAPH_1, PARAGRAPH_2, 'Anne Barnard is a correspondent for The New York Times. Twitter: @ABarnardNYT', 'Trending Now');
    expect(article.bio).toEqual({ text: 'Anne Barnard is a correspondent for The New York Times. Twitter: @ABarnardNYT', author: 'Anne Barnard', outlet: 'The New York Times', line: 4 });
    expect(article.paragraphs).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('leaves "X is a …" sentences in the text alone', () => {
    const article = read('Title', 'Kerry is a former senator at the heart of the talks.', PARAGRAPH_1);
    expect(article.bio).toBeUndefined();
    expect(article.paragraphs).toHaveLength(2);
  });

  it('drops ad and link-farm lines, but not sentences that mention them', () => {
    const article = read('Title', PARAGRAPH_1, 'ADVERTISEMENT', 'Sponsored Links by Taboola', 'Read more: Kerry and Lavrov meet again', 'The campaign was sponsored by the ministry.', 'More from Foreign Policy');
    expect(article.paragraphs).toEqual([PARAGRAPH_1, 'The campaign was sponsored by the ministry.']);
    expect(article.lines.filter(({ role }) => role.role === 'dropped').map(({ n }) => n)).toEqual([3, 4, 5, 7]);
    expect(article.moreFrom).toEqual({ outlet: 'Foreign Policy', line: 7 });
  });

  it('moves a byline, a date line and an address line found around the text, not inside it', () => {
    const article = read('Title', 'By Colum Lynch', 'September 19, 2016 4:50 PM', PARAGRAPH_1, 'September 20, 2016', PARAGRAPH_2, 'https://foreignpolicy.com/2016/09/19/x/');
    expect(article.byline).toEqual({ author: 'Colum Lynch', line: 2 });
    expect(article.dateLine).toMatchObject({ date: { iso: '2016-09-19' }, line: 3 });
    expect(article.url).toEqual({ url: 'https://foreignpolicy.com/2016/09/19/x/', line: 7 });
    expect(article.paragraphs).toEqual([PARAGRAPH_1, 'September 20, 2016', PARAGRAPH_2]);
  });
});

describe('hard-wrapped text', () => {
  const wrapped = [
    'The United States fought on Monday to salvage a troubled Syria',
    'cease-fire pact it brokered just a week ago with Russia, as Syria’s',
    'warring parties accused one another of violating key provisions.',
  ];

  it('joins the lines of a wrapped paragraph and reports the join', () => {
    const article = read('Title', '', ...wrapped, '', PARAGRAPH_1);
    expect(article.paragraphs).toEqual([wrapped.join(' '), PARAGRAPH_1]);
    expect(roleOf(article, 4)).toEqual({ role: 'joined', paragraph: 1, from: 3 });
    expect(roleOf(article, 5)).toEqual({ role: 'joined', paragraph: 1, from: 3 });
  });

  it('keeps web-pasted paragraphs and short lines one a line', () => {
    expect(read('Title', PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3).paragraphs).toHaveLength(3);
    expect(read('Title', PARAGRAPH_1, 'Aleppo: 20 dead', 'Homs: 5 dead', 'Idlib: 3 dead').paragraphs).toHaveLength(4);
  });
});
