import { describe, expect, it } from 'vitest';
import { tidyExcerptMarks } from '../../src/lib/search/excerpt.ts';
import { unknownFilterValues } from '../../src/lib/search/facets.ts';
import { highlightTerms, parseQuery } from '../../src/lib/search/query.ts';
import { filterCounts, groupResults, mergeRuns } from '../../src/lib/search/results.ts';
import { suggestNames } from '../../src/lib/search/suggestions.ts';

describe('parseQuery', () => {
  it('separates quoted phrases from single words, punctuation off their ends', () => {
    expect(parseQuery('Kerry Lavrov')).toEqual({ words: ['Kerry', 'Lavrov'], phrases: [] });
    expect(parseQuery('"Nusra Front" Kerry,')).toEqual({ words: ['Kerry'], phrases: ['Nusra Front'] });
    expect(parseQuery('“humanitarian   corridors” (ISIS)')).toEqual({ words: ['ISIS'], phrases: ['humanitarian corridors'] });
    expect(parseQuery('cease-fire')).toEqual({ words: ['cease-fire'], phrases: [] });
  });

  it('keeps an unclosed quote as a phrase, and drops empty ones and repeats', () => {
    expect(parseQuery('"Deir al-Zor')).toEqual({ words: [], phrases: ['Deir al-Zor'] });
    expect(parseQuery('"" kerry Kerry ?!')).toEqual({ words: ['kerry'], phrases: [] });
  });

  it('highlight terms: phrases whole, then words', () => {
    expect(highlightTerms('Kerry "Nusra Front"')).toEqual(['Nusra Front', 'Kerry']);
  });
});

describe('tidyExcerptMarks', () => {
  it('moves punctuation out of a mark', () => {
    expect(
      tidyExcerptMarks([
        { text: 'said ', marked: false },
        { text: 'Kerry,', marked: true },
        { text: ' and ', marked: false },
        { text: '“Lavrov”.', marked: true },
      ]),
    ).toEqual([
      { text: 'said ', marked: false },
      { text: 'Kerry', marked: true },
      { text: ', and “', marked: false },
      { text: 'Lavrov', marked: true },
      { text: '”.', marked: false },
    ]);
  });

  it('keeps punctuation inside a word, and drops a mark of punctuation only', () => {
    expect(tidyExcerptMarks([{ text: 'al-Qaida-linked', marked: true }])).toEqual([{ text: 'al-Qaida-linked', marked: true }]);
    expect(tidyExcerptMarks([{ text: 'a', marked: false }, { text: '—', marked: true }, { text: 'b', marked: false }])).toEqual([{ text: 'a—b', marked: false }]);
  });
});

describe('mergeRuns and groupResults', () => {
  const runs = [
    { results: [{ id: 'entry-isis', score: 9 }, { id: 'entry-nusra', score: 4 }, { id: 'fp', score: 2 }], terms: ['ISIS'] },
    { results: [{ id: 'voa', score: 3 }, { id: 'fp', score: 5 }], terms: ['Islamic State'] },
    { results: [{ id: 'voa', score: 0 }, { id: 'other', score: 0 }], terms: ['ISIS', 'Islamic State'] },
  ];
  const articleIds = new Set(['fp', 'voa', 'other']);

  it('merges by page, keeping the best score and the words that found it first', () => {
    expect(mergeRuns(runs)).toEqual([
      { id: 'entry-isis', score: 9, terms: ['ISIS'] },
      { id: 'entry-nusra', score: 4, terms: ['ISIS'] },
      { id: 'fp', score: 5, terms: ['ISIS'] },
      { id: 'voa', score: 3, terms: ['Islamic State'] },
      { id: 'other', score: 0, terms: ['ISIS', 'Islamic State'] },
    ]);
  });

  it('puts the named entry on top, then articles, then other entries, best first', () => {
    const grouped = groupResults(mergeRuns(runs), { articleIds, namedId: 'entry-isis' });
    expect(grouped.named.map((r) => r.id)).toEqual(['entry-isis']);
    expect(grouped.articles.map((r) => r.id)).toEqual(['fp', 'voa', 'other']);
    expect(grouped.glossary.map((r) => r.id)).toEqual(['entry-nusra']);
  });

  it('orders articles by date when asked, entries still best first', () => {
    const grouped = groupResults(mergeRuns(runs), { articleIds, dateOrder: ['other', 'voa', 'fp'] });
    expect(grouped.articles.map((r) => r.id)).toEqual(['other', 'voa', 'fp']);
    expect(grouped.glossary.map((r) => r.id)).toEqual(['entry-isis', 'entry-nusra']);
  });

  it('counts each filter value among the current results only', () => {
    const pages = new Map([
      ['Article', new Set(['fp', 'voa', 'other', 'unfound'])],
      ['Reuters', new Set(['unfound'])],
    ]);
    expect(filterCounts(mergeRuns(runs), pages)).toEqual(new Map([['Article', 3], ['Reuters', 0]]));
  });
});

describe('suggestNames', () => {
  const entities = [
    { name: 'Sergey Lavrov', aliases: ['Lavrov'] },
    { name: 'John Kerry', aliases: ['Kerry'] },
    { name: 'Deir ez-Zor', aliases: ['Deir Ezzor'] },
  ];

  it('suggests the nearest names, words of names included', () => {
    expect(suggestNames('Lavorv', entities)).toEqual(['Lavrov']);
    expect(suggestNames('sergei lavrov', entities)).toEqual(['Sergey Lavrov']);
    expect(suggestNames('Deir Ezor', entities)).toEqual(['Deir Ezzor']);
  });

  it('suggests nothing for a known name, a short query or a far one', () => {
    expect(suggestNames('kerry', entities)).toEqual([]);
    expect(suggestNames('Ke', entities)).toEqual([]);
    expect(suggestNames('humanitarian', entities)).toEqual([]);
  });
});

describe('unknownFilterValues', () => {
  it('names the values a shared address asks for that the index does not have', () => {
    const params = new URLSearchParams('q=x&outlet=Reuters&outlet=Foreign+Policy&mentions=Nobody&sort=newest');
    const available = { outlet: { 'Foreign Policy': 1 }, mentions: { 'John Kerry': 2 } };
    expect(unknownFilterValues(params, available)).toEqual([
      { filter: 'outlet', value: 'Reuters' },
      { filter: 'mentions', value: 'Nobody' },
    ]);
  });
});
