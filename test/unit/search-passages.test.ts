import { describe, expect, it } from 'vitest';
import { passageAnchor } from '../../src/lib/search/passages.ts';

const anchors = [
  { id: 'main', location: 0 },
  { id: 'caption-1', location: 10 },
  { id: 'p1', location: 40 },
  { id: 'captions-heading', location: 41 },
  { id: 'p2', location: 90 },
];

describe('passageAnchor', () => {
  it('is the paragraph or caption holding the most matches, the first on a tie', () => {
    expect(passageAnchor([95, 50], anchors)).toBe('p1');
    expect(passageAnchor([50, 95, 97], anchors)).toBe('p2');
    expect(passageAnchor([90], anchors)).toBe('p2');
    expect(passageAnchor([12], anchors)).toBe('caption-1');
  });

  it('prefers the block where the words stand together, as a phrase', () => {
    // "humanitarian" twice in ¶1, "humanitarian corridors" once in ¶2.
    expect(passageAnchor([45, 60, 100, 101], anchors)).toBe('p2');
  });

  it('is nothing before the first citable block, or without matches', () => {
    expect(passageAnchor([3, 5], anchors)).toBeUndefined();
    expect(passageAnchor([], anchors)).toBeUndefined();
  });
});
