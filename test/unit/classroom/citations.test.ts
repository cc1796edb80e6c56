import { describe, expect, it } from 'vitest';
import { apa7, chicago, mla9, properNouns, sentenceCase, type CitableArticle, type Citation } from '../../../src/lib/classroom/citations.ts';

const voa: CitableArticle = {
  title: 'Syria Truce in Peril as Russia-US Tensions Rise',
  source: 'Voice of America',
  published: new Date('2016-09-18'),
};
const fp: CitableArticle = {
  title: 'Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence',
  source: 'Foreign Policy',
  author: 'Colum Lynch',
  published: new Date('2016-09-19'),
  periodical: true, // a magazine
};
const url = 'https://foreignpolicy.com/2016/09/19/washington-scrambles-to-save-syria-cease-fire/';
/** What the site passes: glossary names and aliases. */
const glossaryNames = ['Washington', 'Syria', 'Russia', 'Damascus', 'Bashar al-Assad', 'al-Assad', 'Deir ez‑Zôr', 'Islamic State', 'IS', 'Economic and Social Council Chamber'];

/** The text, and that the HTML is the same text escaped, with `italic` alone in <i>. */
function textOf(citation: Citation, italic: string): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  const [before = '', after = ''] = citation.text.split(italic);
  expect(citation.html).toBe(`${escape(before)}<i>${escape(italic)}</i>${escape(after)}`);
  return citation.text;
}

describe('the seed articles, exactly', () => {
  it('Foreign Policy, by Colum Lynch', () => {
    expect(textOf(mla9(fp), 'Foreign Policy')).toBe('Lynch, Colum. “Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence.” Foreign Policy, 19 Sept. 2016.');
    expect(textOf(apa7(fp, properNouns(glossaryNames)), 'Foreign Policy')).toBe('Lynch, C. (2016, September 19). Washington scrambles to save Syria cease-fire amid escalating violence. Foreign Policy.');
    expect(textOf(chicago(fp), 'Foreign Policy')).toBe('Lynch, Colum. “Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence.” Foreign Policy, September 19, 2016.');
    expect(mla9(fp).html).toBe('Lynch, Colum. “Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence.” <i>Foreign Policy</i>, 19 Sept. 2016.');
  });

  it('Voice of America, with no author: the title comes first', () => {
    expect(textOf(mla9(voa), 'Voice of America')).toBe('“Syria Truce in Peril as Russia-US Tensions Rise.” Voice of America, 18 Sept. 2016.');
    // A news website: APA sets the story's title in italics, not the site's name.
    expect(textOf(apa7(voa, properNouns(glossaryNames)), 'Syria truce in peril as Russia-US tensions rise')).toBe('Syria truce in peril as Russia-US tensions rise. (2016, September 18). Voice of America.');
    expect(apa7(voa, properNouns(glossaryNames)).html).toBe('<i>Syria truce in peril as Russia-US tensions rise</i>. (2016, September 18). Voice of America.');
    // Unsigned, Chicago puts the outlet in the author's place.
    expect(textOf(chicago(voa), 'Voice of America')).toBe('Voice of America. “Syria Truce in Peril as Russia-US Tensions Rise.” September 18, 2016.');
  });
});

/**
 * Each form against an example the style guide (or a library guide quoting
 * it) gives for an article read online, rebuilt from its parts: the headline
 * as the outlet capitalised it, the byline as printed.
 */
describe('the style guides’ own examples', () => {
  it('MLA 9, an article on a website (MLA Handbook 9, as given by Los Angeles Southwest College library)', () => {
    const article = { title: 'How an Extraordinary Coincidence Inspired Lois Lowry’s New Book About World War II', source: 'Slate', author: 'Rachel Allen', published: new Date('2020-04-22'), url: 'https://slate.com/culture/2020/04/lois-lowry-on-the-horizon-interview-world-war-ii.html' };
    expect(textOf(mla9(article), 'Slate')).toBe('Allen, Rachel. “How an Extraordinary Coincidence Inspired Lois Lowry’s New Book About World War II.” Slate, 22 Apr. 2020, slate.com/culture/2020/04/lois-lowry-on-the-horizon-interview-world-war-ii.html.');
  });

  it('APA 7, a story on a news website: the title in italics, the site in roman (APA’s two format patterns; Lynn University library’s example)', () => {
    const article = { title: 'US Surpasses 10 Million COVID-19 Infections', source: 'The Hill', author: 'Jessie Hellman and John Bowden', published: new Date('2020-11-11'), url: 'https://thehill.com/policy/healthcare/525073-us-passes-10-million-covid-19-infections' };
    expect(textOf(apa7(article), 'US surpasses 10 million COVID-19 infections')).toBe(
      'Hellman, J., & Bowden, J. (2020, November 11). US surpasses 10 million COVID-19 infections. The Hill. https://thehill.com/policy/healthcare/525073-us-passes-10-million-covid-19-infections',
    );
  });

  it('APA 7, an article in a newspaper or magazine: the periodical in italics, the title in roman', () => {
    const article = { ...fp, url };
    expect(textOf(apa7(article, properNouns(glossaryNames)), 'Foreign Policy')).toBe(`Lynch, C. (2016, September 19). Washington scrambles to save Syria cease-fire amid escalating violence. Foreign Policy. ${url}`);
    expect(apa7({ ...article, periodical: false }, properNouns(glossaryNames)).html).toContain('<i>Washington scrambles to save Syria cease-fire amid escalating violence</i>. Foreign Policy.');
  });

  it('Chicago 17, a signed online news article, "The" dropped from the paper’s name (SNHU library’s example)', () => {
    const article = { title: 'Are Flax Seeds All That?', source: 'The New York Times', author: 'Dani Blum', published: new Date('2023-12-13'), url: 'https://www.nytimes.com/2023/12/13/well/eat/flax-seeds-benefits.html' };
    expect(textOf(chicago(article), 'New York Times')).toBe('Blum, Dani. “Are Flax Seeds All That?” New York Times, December 13, 2023. https://www.nytimes.com/2023/12/13/well/eat/flax-seeds-benefits.html.');
  });

  it('Chicago 17, an unsigned news article: the paper stands in place of the author (CMOS 14.207)', () => {
    const article = { title: 'Head to Streaming for Premieres', source: 'The New York Times', published: new Date('2020-11-15') };
    expect(textOf(chicago(article), 'New York Times')).toBe('New York Times. “Head to Streaming for Premieres.” November 15, 2020.');
  });
});

describe('URLs and access dates', () => {
  it('MLA drops the protocol and ends with a full stop; the access date, if given, follows', () => {
    expect(mla9({ ...fp, url }).text).toBe(
      'Lynch, Colum. “Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence.” Foreign Policy, 19 Sept. 2016, foreignpolicy.com/2016/09/19/washington-scrambles-to-save-syria-cease-fire/.',
    );
    expect(mla9({ ...fp, url }, new Date('2024-06-03')).text).toMatch(/cease-fire\/\. Accessed 3 June 2024\.$/u);
    expect(mla9(voa, new Date('2024-05-01')).text).toBe('“Syria Truce in Peril as Russia-US Tensions Rise.” Voice of America, 18 Sept. 2016. Accessed 1 May 2024.');
  });

  it('APA keeps the whole URL and puts no full stop after it', () => {
    expect(apa7({ ...fp, url }, properNouns(glossaryNames)).text).toBe(
      `Lynch, C. (2016, September 19). Washington scrambles to save Syria cease-fire amid escalating violence. Foreign Policy. ${url}`,
    );
  });

  it('Chicago keeps the whole URL and ends with a full stop', () => {
    expect(chicago({ ...fp, url }).text).toBe(`Lynch, Colum. “Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence.” Foreign Policy, September 19, 2016. ${url}.`);
  });

  it('leaves the URL out when there is none, or it is blank', () => {
    for (const article of [fp, { ...fp, url: undefined }, { ...fp, url: '  ' }]) {
      expect(mla9(article).text).toMatch(/19 Sept\. 2016\.$/u);
      expect(apa7(article).text).toMatch(/Foreign Policy\.$/u);
      expect(chicago(article).text).toMatch(/September 19, 2016\.$/u);
    }
  });
});

describe('authors', () => {
  it('two authors', () => {
    const article = { ...fp, author: 'Colum Lynch and Jean-Marc Ayrault' };
    expect(mla9(article).text).toMatch(/^Lynch, Colum, and Jean-Marc Ayrault\. “/u);
    expect(apa7(article).text).toMatch(/^Lynch, C\., & Ayrault, J\.-M\. \(2016/u);
    expect(apa7(article).html).toMatch(/^Lynch, C\., &amp; Ayrault, J\.-M\. \(2016/u);
    expect(chicago(article).text).toMatch(/^Lynch, Colum, and Jean-Marc Ayrault\. “/u);
  });

  it.each(['Colum Lynch, Dan De Luce and John F. Kerry', 'Colum Lynch, Dan De Luce, and John F. Kerry', 'Colum Lynch & Dan De Luce & John F. Kerry'])('three authors: %s', (author) => {
    const article = { ...fp, author };
    expect(mla9(article).text).toMatch(/^Lynch, Colum, et al\. “/u);
    expect(apa7(article).text).toMatch(/^Lynch, C\., De Luce, D\., & Kerry, J\. F\. \(2016/u);
    expect(chicago(article).text).toMatch(/^Lynch, Colum, Dan De Luce, and John F\. Kerry\. “/u);
  });

  it('APA lists 20 authors, then the first 19, an ellipsis and the last', () => {
    const names = (count: number) => Array.from({ length: count }, (_, k) => `Ann Writer${k + 1}`).join(', ');
    expect(apa7({ ...fp, author: names(20) }).text).toMatch(/Writer19, A\., & Writer20, A\. \(2016/u);
    const many = apa7({ ...fp, author: names(25) }).text;
    expect(many).toMatch(/^Writer1, A\., Writer2, A\., /u);
    expect(many).toMatch(/Writer19, A\., \. \. \. Writer25, A\. \(2016/u);
    expect(many).not.toMatch(/Writer20,/u);
  });

  it('Chicago lists ten authors, and the first seven and "et al." of more', () => {
    const names = (count: number) => Array.from({ length: count }, (_, k) => `Ann Writer${k + 1}`).join(', ');
    expect(chicago({ ...fp, author: names(10) }).text).toMatch(/^Writer1, Ann, Ann Writer2, .*Ann Writer9, and Ann Writer10\. “/u);
    expect(chicago({ ...fp, author: names(11) }).text).toMatch(/^Writer1, Ann, Ann Writer2, .*Ann Writer7, et al\. “/u);
  });

  it.each([
    ['Colum Lynch', 'Lynch, Colum', 'Lynch, C.'],
    ['Jean-Marc Ayrault', 'Ayrault, Jean-Marc', 'Ayrault, J.-M.'],
    ['John F. Kerry', 'Kerry, John F', 'Kerry, J. F.'],
    ['Dan De Luce', 'De Luce, Dan', 'De Luce, D.'],
    ['Mohammed bin Salman', 'bin Salman, Mohammed', 'bin Salman, M.'],
    ['Martin Luther King Jr.', 'King, Martin Luther, Jr', 'King, M. L., Jr.'],
    ['Martin Luther King, Jr.', 'King, Martin Luther, Jr', 'King, M. L., Jr.'],
    ['Émile Zola', 'Zola, Émile', 'Zola, É.'],
    ['Reuters', 'Reuters', 'Reuters'],
  ])('%s is "%s." in MLA and Chicago, "%s" in APA', (author, inverted, withInitials) => {
    const article = { ...fp, author: `  ${author} ` };
    expect(mla9(article).text.startsWith(`${inverted}. “`)).toBe(true);
    expect(chicago(article).text.startsWith(`${inverted}. “`)).toBe(true);
    expect(apa7(article).text.startsWith(`${withInitials}${withInitials.endsWith('.') ? '' : '.'} (2016, September 19). `)).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    [0, 'Jan.', 'January'],
    [1, 'Feb.', 'February'],
    [2, 'Mar.', 'March'],
    [3, 'Apr.', 'April'],
    [4, 'May', 'May'],
    [5, 'June', 'June'],
    [6, 'July', 'July'],
    [7, 'Aug.', 'August'],
    [8, 'Sept.', 'September'],
    [9, 'Oct.', 'October'],
    [10, 'Nov.', 'November'],
    [11, 'Dec.', 'December'],
  ])('month %i is "%s" in MLA, "%s" in APA and Chicago', (month, mla, full) => {
    const article = { ...voa, published: new Date(Date.UTC(2016, month, 5)) };
    expect(mla9(article).text).toContain(`Voice of America, 5 ${mla} 2016.`);
    expect(apa7(article).text).toContain(`(2016, ${full} 5).`);
    expect(chicago(article).text).toContain(`” ${full} 5, 2016.`);
  });

  it('reads the day in UTC, whatever the time of day', () => {
    for (const published of [new Date('2016-09-19T00:00:00Z'), new Date('2016-09-19T23:59:59Z')]) {
      expect(chicago({ ...fp, published }).text).toContain('September 19, 2016.');
    }
  });

  it('refuses an invalid date rather than print "NaN"', () => {
    expect(() => mla9({ ...fp, published: new Date('not a date') })).toThrow(RangeError);
    expect(() => mla9(fp, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('untrusted input', () => {
  const hostile: CitableArticle = {
    title: 'Truce <script>alert(1)</script> & More',
    source: 'Voice <b>of</b> America',
    author: 'Eve <img src=x onerror=alert(1)> Hacker',
    published: new Date('2016-09-18'),
    url: 'https://example.org/?a=1&b="2"\'',
    periodical: true,
  };

  it.each([
    ['MLA', mla9(hostile)],
    ['APA', apa7(hostile)],
    ['Chicago', chicago(hostile)],
  ])('%s escapes every piece in the HTML, and keeps the plain text as written', (_, citation) => {
    expect(citation.html).not.toMatch(/<(?!\/?i>)/u);
    expect(citation.html).toContain('<i>Voice &lt;b&gt;of&lt;/b&gt; America</i>');
    expect(citation.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(citation.html).toContain('a=1&amp;b=&quot;2&quot;&#39;');
    expect(citation.text).toContain('<script>alert(');
    textOf(citation, 'Voice <b>of</b> America');
  });

  it('escapes the author too', () => {
    expect(mla9(hostile).html).toMatch(/^Hacker, Eve &lt;img src=x onerror=alert\(1\)&gt;\. “/u);
    expect(chicago(hostile).html).toMatch(/^Hacker, Eve &lt;img src=x onerror=alert\(1\)&gt;\. “/u);
  });
});

describe('titles', () => {
  it('puts no full stop after a question mark or exclamation mark', () => {
    const article = { ...fp, title: 'Is the Syria Truce Dead?' };
    expect(mla9(article).text).toContain('“Is the Syria Truce Dead?” Foreign Policy');
    expect(apa7(article, properNouns(glossaryNames)).text).toContain('(2016, September 19). Is the Syria truce dead? Foreign Policy.');
    expect(chicago(article).text).toContain('“Is the Syria Truce Dead?” Foreign Policy');
  });

  it('turns quotation marks inside a quoted title single, with the full stop inside them', () => {
    const article = { ...fp, title: 'Churkin Calls U.S. Strike a "Bad Omen"' };
    expect(mla9(article).text).toContain('“Churkin Calls U.S. Strike a ‘Bad Omen.’” Foreign Policy');
    expect(chicago(article).text).toContain('“Churkin Calls U.S. Strike a ‘Bad Omen.’” Foreign Policy');
    expect(apa7(article, properNouns(['Churkin'])).text).toContain('Churkin calls U.S. strike a “bad omen.” Foreign Policy.');
  });

  it('tells a final apostrophe from a closing quotation mark', () => {
    expect(mla9({ ...fp, title: 'A Win for the Syrians’' }).text).toContain('“A Win for the Syrians’.”');
  });

  it('collapses runs of whitespace', () => {
    expect(mla9({ ...voa, title: '  Syria Truce\n in   Peril ', source: ' Voice  of America ' }).text).toBe('“Syria Truce in Peril.” Voice of America, 18 Sept. 2016.');
  });
});

describe('sentenceCase', () => {
  it.each([
    ['Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence', 'Washington scrambles to save Syria cease-fire amid escalating violence'],
    ['Syria Truce in Peril as Russia-US Tensions Rise', 'Syria truce in peril as Russia-US tensions rise'],
    ['Kerry Blames Al-Assad for Strike on Aid Convoy', 'Kerry blames Al-Assad for strike on aid convoy'],
    ['Kerry Speaks at the Economic And Social Council Chamber', 'Kerry speaks at the Economic And Social Council Chamber'],
    ['U.S. Jets Strike Near Deir Ez-Zor', 'U.S. jets strike near Deir Ez-Zor'],
    ['Moscow Rejects Syria’s Claims', 'Moscow rejects Syria’s claims'],
    ['Analysis: The Truce Is Over', 'Analysis: The truce is over'],
    ['The Truce Is Over — What Comes Next', 'The truce is over — What comes next'],
    ['Why Did It Fail? Nobody Knows', 'Why did it fail? Nobody knows'],
    ['How I Covered the War', 'How I covered the war'],
    ['McCain Says the F16 and A10 Jets Hit ISIS', 'McCain says the F16 and A10 jets hit ISIS'],
    ['al-Assad Defies Washington', 'Al-Assad defies Washington'],
    ['Cease-Fire Collapses', 'Cease-fire collapses'],
  ])('%s → %s', (title, expected) => {
    expect(sentenceCase(title, properNouns([...glossaryNames, 'Kerry', 'Moscow']))).toBe(expected);
  });

  it('keeps an alias only as written or capitalised, so "IS" does not keep "Is"', () => {
    expect(sentenceCase('Syria Is Burning as IS Advances', properNouns(['Syria', 'IS']))).toBe('Syria is burning as IS advances');
  });

  it('lowercases a name it is not given', () => {
    expect(sentenceCase('Fighting Resumes in Aleppo', properNouns([]))).toBe('Fighting resumes in aleppo');
    expect(sentenceCase('Fighting Resumes in Aleppo', properNouns(['Aleppo']))).toBe('Fighting resumes in Aleppo');
  });

  it('matches whole words only: a demonym is kept only if passed', () => {
    expect(sentenceCase('Talks With Syrian Diplomats', properNouns(['Syria']))).toBe('Talks with syrian diplomats');
    expect(sentenceCase('Talks With Syrian Diplomats', properNouns(['Syria', 'Syrian']))).toBe('Talks with Syrian diplomats');
  });

  it('needs no proper nouns, and leaves punctuation and spacing alone', () => {
    expect(sentenceCase('“Bad Omen”:  The Strike, Explained', properNouns([]))).toBe('“Bad omen”:  The strike, explained');
    expect(sentenceCase('', properNouns([]))).toBe('');
  });
});
