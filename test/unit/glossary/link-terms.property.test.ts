import fc from 'fast-check';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { linkTerms, type LinkMode, type BlockMatch } from '../../../src/lib/glossary/link-terms.ts';
import { createMatcher, matcherOn, type GlossaryName } from '../../../src/lib/glossary/matcher.ts';

/** Names that fold differently from one another, so any subset is a valid glossary; the last ones exercise the rules of issue 19. */
const NAMES = [
  'Kerry', 'John Kerry', 'Red Crescent', 'Syrian Arab Red Crescent', 'Arab Red', 'U.N.', 'U.S.', 'Deir ez-Zor', 'Aleppo', 'Сергей Лавров', 'ISIS',
  'U.S.-led coalition', 'UN Security Council', 'Daesh', 'IS', 'Assad', 'Dahiyet al-Assad', 'Qatar Red Crescent', 'cessation of hostilities',
];
/** How articles write them: ALL CAPS, dotted and undotted, shouted headlines, longer names. */
const WRITTEN = [
  ...NAMES, 'Kerry’s', 'Deir ez–Zôr', 'Deir\u00a0ez-Zor', 'U.N. Security Council', 'crisis', 'ISISx',
  'US-led coalition', 'U.S.-LED COALITION', 'DAESH', 'ALEPPO', 'WHAT IS LEFT', 'IS fighters', 'CESSATION OF HOSTILITIES', 'Qatar Red Crescent Society',
];
const SKIPPED_TAGS = new Set(['a', 'code', 'h2']);

/** Each name for all dates, for one half of 2016 only, or as a longer name its entry is not part of. */
const SCOPES: Record<string, Partial<GlossaryName>> = { always: {}, early: { until: '2016-06-30' }, late: { from: '2016-07-01' }, notPartOf: { notPartOf: true } };

const glossary = fc
  .uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), entityId: fc.constantFrom('a', 'b', 'c', 'd'), scope: fc.constantFrom(...Object.keys(SCOPES)) }), {
    selector: ({ name }) => name,
    maxLength: NAMES.length,
  })
  .map((names) => names.map(({ name, entityId, scope }): GlossaryName => ({ name, entityId, ...SCOPES[scope] })));
const articleDate = fc.option(fc.constantFrom('2016-03-01', '2016-09-18'), { nil: undefined });

const text = fc
  .array(fc.oneof(fc.constantFrom(...WRITTEN), fc.constantFrom(' ', '. ', ', ', '-', '’'), fc.string(), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 8 })
  .map((parts) => ({ type: 'text', value: parts.join('') }) as const);

const inline: fc.Arbitrary<ElementContent> = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      type: fc.constant('element' as const),
      tagName: fc.constantFrom('em', 'strong', 'a', 'code', 'span'),
      properties: fc.constant({}),
      children: fc.array(tie('node'), { maxLength: 3 }),
    }),
  ),
})).node;

/** Paragraphs with unique ids (or none), a heading now and then, and an existing term. */
const tree = fc.array(fc.tuple(fc.boolean(), fc.constantFrom('p', 'p', 'h2'), fc.array(inline, { maxLength: 4 })), { maxLength: 5 }).map(
  (blocks): Root => ({
    type: 'root',
    children: [
      ...blocks.map(([hasId, tagName, children], n): Element => ({ type: 'element', tagName, properties: hasId ? { id: `p${n}` } : {}, children })),
      { type: 'element', tagName: 'span', properties: { dataEntity: 'old' }, children: [{ type: 'text', value: 'Kerry' }] },
    ],
  }),
);

const mode = fc.constantFrom<LinkMode>('every', 'first-per-paragraph', 'first-per-article');

/** Every element of the tree with its ancestors' tag names. */
function* elements(node: Root | Element, ancestors: Element[] = []): Generator<[Element, Element[]]> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield [child, ancestors];
    yield* elements(child, [...ancestors, child]);
  }
}

describe('linkTerms, on random trees and glossaries', () => {
  it('keeps the text, never nests terms nor puts them in skipped elements, and makes a term only of a reported mention', () => {
    fc.assert(
      fc.property(glossary, tree, mode, articleDate, (names, generated, linkMode, date) => {
        const root = structuredClone(generated); // linked in place: keep fast-check's value intact for shrinking
        const before = toString(root);
        const created = new Map<Element, BlockMatch>();
        const mentions = linkTerms(root, {
          matcher: matcherOn(createMatcher(names), date),
          mode: linkMode,
          createTerm(entityId, children, mention) {
            const term: Element = { type: 'element', tagName: 'button', properties: { dataEntity: entityId }, children };
            created.set(term, mention);
            return term;
          },
        });

        expect(toString(root)).toBe(before);
        const blockText = (blockId: string | undefined) =>
          blockId === undefined ? before : toString([...elements(root)].find(([element]) => element.properties.id === blockId)![0]);
        for (const [element, ancestors] of elements(root)) {
          const mention = created.get(element);
          if (!mention) continue;
          expect(ancestors.some((ancestor) => ancestor.properties.dataEntity !== undefined || SKIPPED_TAGS.has(ancestor.tagName))).toBe(false);
          expect(mentions).toContain(mention);
          expect(element.properties.dataEntity).toBe(mention.entityId);
          expect(toString(element)).toBe(blockText(mention.blockId).slice(mention.start, mention.end));
        }
        if (linkMode === 'every') expect(created.size).toBe(mentions.length);
      }),
      { numRuns: 500 },
    );
  });
});
