import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../../src/lib/content/frontmatter.ts';
import { ArticleSchema } from '../../../src/lib/content/schemas.ts';
import { importText } from '../../../src/lib/import/import-text.ts';
import { fileReport } from '../../../src/lib/import/import-report.ts';
import { normaliseLine } from '../../../src/lib/import/source-lines.ts';
import { wordsLost } from '../../../src/lib/import/word-accounting.ts';
import { createArticleRenderer } from '../../../src/render/article.ts';

/**
 * For generated pastes (prose, Markdown-like text, captions shown twice,
 * credits, bios, bylines, dates, addresses, ads, blank and ragged lines):
 * every input line either reads on the page as a paragraph, exactly, or is
 * listed in the report by its number. Nothing is lost silently.
 */

const word = fc.oneof(
  fc.constantFrom('Kerry', 'Assad', 'Aleppo', 'cease-fire', 'the', 'said', 'U.S.', 'on', 'Monday', '“stunt,”', '300,000', 'Syria’s', '—', 'al-Qaida'),
  fc.constantFrom('#', '>', '-', '*', '1.', '[x](javascript:alert(1))', '<b>', '&amp;', '\\', '`', '_', '~'),
  // Addresses with characters Markdown would escape (they must still read, and link, as pasted).
  fc.constantFrom('https://en.wikipedia.org/wiki/Syrian_Civil_War', 'www.example.org/~user/', 'https://www.nytimes.com/a.html?_r=0', 'https://example.org/a<b', 'https://example.org/?a=1&amp;b=2', 'https://example.org/`x`'),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));

const special = fc.constantFrom(
  'Trending Now Sponsored Links by Taboola',
  'By Taboola',
  'More from Foreign Policy',
  'Advertisement',
  'Read more: Kerry and Lavrov meet again',
  'Photo credit: Anadolu Agency/Getty Images',
  'Kerry speaks in New York on September 19, 2016. (Photo by Mohammed Elshamy/Anadolu Agency/Getty Images)',
  'FILE – Kerry and Lavrov in Geneva, Sept. 9, 2016.',
  'Colum Lynch is a senior staff writer at Foreign Policy. Twitter: @columlynch',
  'By Colum Lynch',
  'September 19, 2016',
  'Published Wed 05 Apr 2017 09:14',
  'https://example.org/2016/09/19/story/',
  'Share',
);

/** A line, possibly with ragged whitespace around and inside it, or a control character. */
const ragged = (line: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom('', ' ', '\t', '  '), line, fc.constantFrom('', ' ', '\t'), fc.constantFrom('', '', '', '\u0007')).map(([before, text, after, control]) => `${before}${control}${text}${after}`);

const piece = fc.oneof(
  { weight: 5, arbitrary: ragged(sentence).map((line) => [line]) },
  { weight: 3, arbitrary: ragged(special).map((line) => [line]) },
  { weight: 2, arbitrary: fc.constantFrom([''], [' '], ['\t']) },
  { weight: 1, arbitrary: sentence.map((line) => [line, line]) }, // shown twice in a row
  { weight: 1, arbitrary: sentence.map((line) => [line, '', line]) },
);

const paste = fc
  .tuple(sentence, fc.array(piece, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'))
  .map(([title, pieces, eol]) => [title, ...pieces.flat()].join(eol));

const render = createArticleRenderer('satteri');

describe('every pasted line is on the page or in the report', () => {
  it('holds for generated pastes (property)', () => {
    fc.assert(
      fc.property(paste, fc.boolean(), (text, noDek) => {
        const result = importText(new TextEncoder().encode(text), 'paste.txt', { source: 'Test', published: '2016-09-19', noDek });
        const report = { input: 'paste.txt', result, outcome: result.ok ? ('written' as const) : ('failed' as const), ...(result.ok ? { target: 'x.md' } : { error: result.error }) };
        const listed = new Set([...fileReport(report).join('\n').matchAll(/^ {2}line (\d+)\s/gm)].map((match) => Number(match[1])));
        if (!result.ok) {
          // Only a paste with no paragraphs fails (the flags give the metadata), and it still lists its lines.
          expect(result.error.message).toMatch(/no paragraphs|no text/);
          return;
        }
        const { data, body } = parseMarkdownFile(result.article.markdown, 'x.md');
        expect(ArticleSchema.safeParse(data).success).toBe(true);
        const onPage = render({ body, captions: [] }).paragraphs;
        expect(onPage).toEqual(result.pasted.paragraphs);
        text.split(/\r\n|\n/).forEach((raw, index) => {
          const line = normaliseLine(raw);
          if (line === '' || listed.has(index + 1)) return;
          expect(onPage).toContain(line);
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** Junk pages glue to a one-line paste, and dates, bylines and headers around it. */
const junk = fc.constantFrom(
  'Wed 05 Apr 2017',
  'AFP Thursday 6 Mar 2014',
  'Get short URL 2440',
  'Posted by Jane Doe on 19 Sep 2016',
  'Story Continued Below',
  'Tags Syria Golan Heights',
  'Read Also: Another story',
  'Print Tweet Views 1430',
  'Privacy Policy Cookie Policy',
  '(Reporting by Tom Perry; Editing by Peter Graff)',
  'Featured image via Twitter',
  'Like this: Like Loading…',
  '***',
  '--Reuters',
  'MBMB',
);
const proseSentence = fc
  .array(fc.constantFrom('Kerry', 'Assad', 'Aleppo', 'the', 'said', 'U.S.', 'on', 'Monday', '“stunt,”', '300,000', 'rebels', 'convoy', 'al-Qaida', '"we', 'will', 'stay"'), { minLength: 3, maxLength: 25 })
  .map((words) => `${words.join(' ')}.`);
const oneLinePaste = fc
  .tuple(proseSentence, fc.array(fc.oneof({ weight: 4, arbitrary: proseSentence }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 60 }), fc.boolean())
  .map(([title, parts, keepJunk]) => ({ text: `${title}\n${parts.join(' ')}`, keepJunk }));

describe('no word is lost', () => {
  it('a share line reaching past the page-header limit is not cut in two ("Views 1|430", found by the property below)', () => {
    // 381 characters, so that "Print Tweet Views 1" ends at the 400th, the page header's limit.
    const story = `${'Kerry said on Monday that the convoy will stay. '.repeat(7)}Assad said the rebels went to Aleppo Monday. `;
    expect(`${story}Print Tweet Views 1`).toHaveLength(400);
    const text = `Kerry said on Monday.\n${story}Print Tweet Views 1430 Kerry said the rebels will stay. Assad said the convoy will stay on Monday.`;
    const result = importText(new TextEncoder().encode(text), 'paste.txt', { source: 'Test', published: '2016-09-19' });
    expect(wordsLost(result.pasted!)).toEqual([]);
    expect(result.pasted!.paragraphs.join(' ')).not.toMatch(/^430/u);
  });

  it('words in = words in the body, the frontmatter and the reported cuts (property)', () => {
    fc.assert(
      fc.property(oneLinePaste, ({ text, keepJunk }) => {
        const result = importText(new TextEncoder().encode(text), 'paste.txt', { source: 'Test', published: '2016-09-19', keepJunk });
        if (!result.pasted) throw new Error('the paste was not read');
        expect(wordsLost(result.pasted)).toEqual([]);
        if (!result.ok) return;
        const report = fileReport({ input: 'paste.txt', result, outcome: 'written', target: 'x.md' }).join('\n');
        for (const cut of result.pasted.cuts) expect(report).toContain(`cut (${cut.kind})`);
        // What the cuts and the page hold is the paste's text, reordered by nothing.
        const onPage = render({ body: parseMarkdownFile(result.article.markdown, 'x.md').body, captions: [] }).paragraphs;
        expect(onPage).toEqual(result.pasted.paragraphs);
      }),
      { numRuns: 300 },
    );
  });
});
