import { describe, expect, it } from 'vitest';
import { keyEntities, type EntityCount } from '../../../src/lib/classroom/key-entities.ts';
import type { Mention } from '../../../src/lib/article-body/blocks.ts';
import { MentionIndex } from '../../../src/lib/glossary/mention-index.ts';

/** An article's mentions: each entity id repeated as often as it is said. */
function article(id: string, counts: Record<string, number>): { id: string; mentions: Mention[] } {
  const mentions = Object.entries(counts).flatMap(([entityId, count]) =>
    Array.from({ length: count }, (): Mention => ({ entityId, text: entityId, block: { kind: 'paragraph', n: 1 }, start: 0, end: 1 })),
  );
  return { id, mentions };
}

const keyOf = (index: MentionIndex, id: string, limit = 3) => keyEntities(index.entitiesIn(id), index, limit);

describe('keyEntities: tf-idf over the mention counts', () => {
  it('puts the names this article has to itself before the ones every article repeats', () => {
    const index = new MentionIndex([
      article('voa', { 'united-states': 12, syria: 10, russia: 8, 'vitaly-churkin': 3, 'samantha-power': 2 }),
      article('fp', { 'united-states': 15, syria: 14, russia: 9, 'bassma-kodmani': 2, 'red-crescent': 3 }),
      article('other', { 'united-states': 5, syria: 4 }),
    ]);
    expect(keyOf(index, 'voa')).toEqual(['vitaly-churkin', 'samantha-power', 'russia']);
    expect(keyOf(index, 'fp')).toEqual(['red-crescent', 'bassma-kodmani', 'russia']);
  });

  it('among names as rare, the one said more often comes first', () => {
    const index = new MentionIndex([article('a', { once: 1, often: 6 }), article('b', { elsewhere: 1 })]);
    expect(keyOf(index, 'a')).toEqual(['often', 'once']);
  });

  it('in a set of one article, orders by count, first mentioned first among equals', () => {
    const index = new MentionIndex([article('only', { a: 1, b: 4, c: 1, d: 2 })]);
    expect(keyOf(index, 'only', 4)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('works from counts alone, without an index', () => {
    const counts: EntityCount[] = [{ entityId: 'common', count: 9 }, { entityId: 'rare', count: 1 }];
    const set = { articleCount: 100, articleFrequency: (id: string) => (id === 'common' ? 100 : 1) };
    expect(keyEntities(counts, set, 5)).toEqual(['rare', 'common']);
    expect(keyEntities([], set, 5)).toEqual([]);
  });
});

describe('keyEntities in a set of two', () => {
  it('lists what only this article mentions before anything both mention, however often', () => {
    const index = new MentionIndex([
      article('voa', { 'united-states': 8, russia: 6, 'vitaly-churkin': 3, cnn: 1 }),
      article('fp', { 'united-states': 12, russia: 9, 'bassma-kodmani': 2 }),
    ]);
    expect(keyOf(index, 'voa', 4)).toEqual(['vitaly-churkin', 'cnn', 'united-states', 'russia']);
  });
});
