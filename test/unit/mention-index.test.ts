import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/lib/article-body/blocks.ts';
import { MentionIndex } from '../../src/lib/glossary/mention-index.ts';

const m = (entityId: string, n: number, text = entityId): Mention => ({ entityId, text, block: { kind: 'paragraph', n }, start: 0, end: text.length });

const index = new MentionIndex([
  { id: 'voa', mentions: [m('deir-ez-zor', 3, 'Deir al-Zor'), m('kerry', 6), m('assad', 6), m('kerry', 7)] },
  { id: 'fp', mentions: [m('kerry', 4), m('deir-ez-zor', 13, 'Deir Ezzor'), m('kodmani', 8)] },
  { id: 'other', mentions: [m('kodmani', 1)] },
  { id: 'lonely', mentions: [] },
]);

describe('MentionIndex', () => {
  it('lists every mention of an entity across the set, whatever the spelling', () => {
    expect(index.mentionsOf('deir-ez-zor').map((r) => [r.articleId, r.block.n, r.text])).toEqual([
      ['voa', 3, 'Deir al-Zor'],
      ['fp', 13, 'Deir Ezzor'],
    ]);
    expect(index.mentionCount('kerry')).toBe(3);
    expect(index.articlesMentioning('kerry')).toEqual(['voa', 'fp']);
  });

  it('lists an article’s entities in order of first mention, with counts', () => {
    expect(index.entitiesIn('voa')).toEqual([
      { entityId: 'deir-ez-zor', count: 1, first: { kind: 'paragraph', n: 3 } },
      { entityId: 'kerry', count: 2, first: { kind: 'paragraph', n: 6 } },
      { entityId: 'assad', count: 1, first: { kind: 'paragraph', n: 6 } },
    ]);
    expect(index.entitiesIn('lonely')).toEqual([]);
    expect(index.entitiesIn('unknown')).toEqual([]);
  });

  it('ranks related articles by the number of entities they share', () => {
    expect(index.relatedTo('voa')).toEqual([{ articleId: 'fp', shared: ['kerry', 'deir-ez-zor'] }]);
    expect(index.relatedTo('fp').map((r) => r.articleId)).toEqual(['voa', 'other']);
    expect(index.relatedTo('fp', 1).map((r) => r.articleId)).toEqual(['voa']);
    expect(index.relatedTo('lonely')).toEqual([]);
  });

  it('lists an article’s mentions in reading order', () => {
    expect(index.mentionsIn('voa').map((r) => [r.entityId, r.block.n])).toEqual([
      ['deir-ez-zor', 3],
      ['kerry', 6],
      ['assad', 6],
      ['kerry', 7],
    ]);
    expect(index.mentionsIn('unknown')).toEqual([]);
  });

  it('groups an entity’s mentions by article, in order', () => {
    expect(index.mentionsByArticle('kerry').map(({ articleId, mentions }) => [articleId, mentions.map((m) => m.block.n)])).toEqual([
      ['voa', [6, 7]],
      ['fp', [4]],
    ]);
    expect(index.mentionsByArticle('nobody')).toEqual([]);
  });

  it('bounds the work for related articles, walking rare entities first', () => {
    // "syria" is in every article; "kodmani" in two. With a budget of 3 postings, only the rare one finds
    // candidates; the winner's shared entities are then listed in full.
    const many = new MentionIndex([
      { id: 'a', mentions: [m('syria', 1), m('kodmani', 2)] },
      ...Array.from({ length: 20 }, (_, i) => ({ id: `filler-${i}`, mentions: [m('syria', 1)] })),
      { id: 'b', mentions: [m('syria', 1), m('kodmani', 3)] },
    ]);
    expect(many.relatedTo('a', 5, 3)).toEqual([{ articleId: 'b', shared: ['syria', 'kodmani'] }]);
    // With room for every posting, the common entity ranks the rest, in article order.
    expect(many.relatedTo('a', 3).map((r) => [r.articleId, r.shared.length])).toEqual([
      ['b', 2],
      ['filler-0', 1],
      ['filler-1', 1],
    ]);
  });

  it('finds entries no article mentions', () => {
    expect(index.unmentioned(['kerry', 'lavrov', 'kodmani', 'obama'])).toEqual(['lavrov', 'obama']);
  });
});
