import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../src/lib/article-body/blocks.ts';
import { mentionsInContext } from '../../../src/lib/glossary/mentions-in-context.ts';

const paragraphs = ['Kerry met Lavrov. Kerry and Kerry spoke.', 'Nothing here.', 'Kerry left. Kerry returned. Kerry slept.'];
const text = (block: TextBlock) => paragraphs[block.n - 1]!;
/** Every "Kerry" of the paragraphs, in reading order. */
const mentions = paragraphs.flatMap((paragraph, index) =>
  [...paragraph.matchAll(/Kerry/gu)].map((m) => ({ block: { kind: 'paragraph' as const, n: index + 1 }, text: 'Kerry', start: m.index, end: m.index + 5 })),
);
const shown = (limit: number) =>
  mentionsInContext(mentions, text, limit).sentences.map(({ block, pieces }) => `¶${block.n} ${pieces.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('')}`);

describe('mentionsInContext', () => {
  it('shows each sentence once, with all its mentions marked', () => {
    expect(shown(10)).toEqual(['¶1 [Kerry] met Lavrov.', '¶1 [Kerry] and [Kerry] spoke.', '¶3 [Kerry] left.', '¶3 [Kerry] returned.', '¶3 [Kerry] slept.']);
    expect(mentionsInContext(mentions, text, 10)).toMatchObject({ more: 0, firstMore: undefined });
  });

  it('stops at the limit and counts the mentions left, with the first of them', () => {
    expect(shown(3)).toEqual(['¶1 [Kerry] met Lavrov.', '¶1 [Kerry] and [Kerry] spoke.', '¶3 [Kerry] left.']);
    expect(mentionsInContext(mentions, text, 3)).toMatchObject({ more: 2, firstMore: { block: { kind: 'paragraph', n: 3 }, text: 'Kerry' } });
  });

  it('cuts only the blocks it shows into sentences', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ block: { kind: 'paragraph' as const, n: i + 1 }, text: 'Kerry', start: 0, end: 5 }));
    let cut = 0;
    const result = mentionsInContext(many, () => (cut++, 'Kerry spoke.'), 3);
    expect(result.sentences).toHaveLength(3);
    expect(result.more).toBe(49_997);
    expect(cut).toBe(3);
  });
});
