import { describe, expect, it } from 'vitest';
import { citedParagraphsHref, parseCitedParagraphs } from '../../src/lib/article-body/cited-paragraphs.ts';

describe('citedParagraphsHref', () => {
  it('links one paragraph by its fragment alone, several by their numbers too', () => {
    expect(citedParagraphsHref('/a/', [4])).toBe('/a/#p4');
    expect(citedParagraphsHref('/a/', [2, 3])).toBe('/a/?paragraphs=2-3#p2');
    expect(citedParagraphsHref('', [4, 6, 7, 8])).toBe('?paragraphs=4,6-8#p4');
    expect(citedParagraphsHref('/a/', [])).toBe('/a/');
  });
});

describe('parseCitedParagraphs', () => {
  it('reads what citedParagraphsHref writes', () => {
    expect(parseCitedParagraphs('2-3')).toEqual([2, 3]);
    expect(parseCitedParagraphs('4,6-8,6')).toEqual([4, 6, 7, 8]);
  });

  it('names nothing for malformed values, and at most 50 paragraphs', () => {
    for (const bad of [null, '', 'x', '2-', '2;3', '<script>', '1,,2']) expect(parseCitedParagraphs(bad)).toEqual([]);
    expect(parseCitedParagraphs('1-99999999')).toHaveLength(50);
    expect(parseCitedParagraphs('5-3')).toEqual([]);
  });
});
