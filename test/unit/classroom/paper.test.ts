import { describe, expect, it } from 'vitest';
import { paperSize } from '../../../src/lib/classroom/paper.ts';

describe('paperSize', () => {
  it('is Letter for a US (or Canadian) site and A4 for any other, or with no region', () => {
    expect(paperSize('en-US')).toBe('letter');
    expect(paperSize('fr-CA')).toBe('letter');
    expect(['en', 'en-GB', 'fr', 'de-DE', 'ar', 'not a tag!'].map((tag) => paperSize(tag))).toEqual(['a4', 'a4', 'a4', 'a4', 'a4', 'a4']);
  });
  it('takes the site’s own choice over the language', () => {
    expect(paperSize('en-US', 'a4')).toBe('a4');
    expect(paperSize('en-GB', 'letter')).toBe('letter');
  });
});
