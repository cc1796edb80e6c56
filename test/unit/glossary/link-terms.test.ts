import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { linkTerms, type LinkMode, type LinkTermsOptions } from '../../../src/lib/glossary/link-terms.ts';
import { createMatcher } from '../../../src/lib/glossary/matcher.ts';

const matcher = createMatcher([
  { entityId: 'kerry', name: 'John Kerry' },
  { entityId: 'kerry', name: 'Kerry' },
  { entityId: 'lavrov', name: 'Lavrov' },
  { entityId: 'aleppo', name: 'Aleppo' },
]);

function term(entityId: string, children: ElementContent[]): Element {
  return h('button', { dataEntity: entityId }, children);
}

function link(tree: Root | Element, mode: LinkMode = 'every', extra: Partial<LinkTermsOptions> = {}) {
  return linkTerms(tree, { matcher, mode, createTerm: term, ...extra });
}

describe('linkTerms', () => {
  it('wraps each mention in the caller’s term, keeping the text around it', () => {
    const paragraph = h('p', 'Kerry met Lavrov.');
    link(paragraph);
    expect(toHtml(paragraph)).toBe('<p><button data-entity="kerry">Kerry</button> met <button data-entity="lavrov">Lavrov</button>.</p>');
  });

  it('links inside inline formatting', () => {
    const paragraph = h('p', ['Talks in ', h('em', 'Aleppo'), ' and ', h('strong', ['with ', h('i', 'Lavrov')])]);
    link(paragraph);
    expect(toHtml(paragraph)).toBe(
      '<p>Talks in <em><button data-entity="aleppo">Aleppo</button></em> and <strong>with <i><button data-entity="lavrov">Lavrov</button></i></strong></p>',
    );
  });

  it.each(['h1', 'h3', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'button', 'textarea', 'select', 'svg', 'math'])(
    'neither links nor reports mentions inside <%s>',
    (tagName) => {
      const root: Root = { type: 'root', children: [h(tagName, 'Kerry'), h('p', 'Lavrov')] };
      const mentions = link(root);
      expect(mentions.map((m) => m.entityId)).toEqual(['lavrov']);
      expect(toHtml(root.children[0]!)).not.toContain('data-entity');
    },
  );

  it('skips data-no-gloss elements and existing terms, so terms never nest', () => {
    const paragraph = h('p', [h('span', { dataNoGloss: true }, 'Kerry'), ' ', h('span', { dataEntity: 'x' }, 'Lavrov'), ' Aleppo']);
    expect(link(paragraph).map((m) => m.entityId)).toEqual(['aleppo']);
    link(paragraph);
    expect(toHtml(paragraph)).not.toContain('<button data-entity="aleppo"><button');
  });

  it('does not find a name split by markup (matching is per text node)', () => {
    const paragraph = h('p', ['John ', h('em', 'Kerry')]);
    expect(link(paragraph).map((m) => toString(paragraph).slice(m.start, m.end))).toEqual(['Kerry']);
  });

  it('changes no text', () => {
    const root = h(null, [h('h2', 'Kerry in Aleppo'), h('p', { id: 'p1' }, ['John Kerry met ', h('a', { href: '#' }, 'Lavrov'), ' in Aleppo; Kerry left.'])]);
    const before = toString(root);
    link(root, 'every');
    expect(toString(root)).toBe(before);
  });
});

describe('mentions', () => {
  it('reports the block id and offsets within the block’s text', () => {
    const root = h(null, [
      h('h2', 'Kerry'),
      h('p', { id: 'p1' }, ['In ', h('code', 'Kerry'), ' and ', h('em', 'John Kerry'), ' met Lavrov.']),
      h('p', { id: 'p2' }, 'Aleppo fell.'),
    ]);
    const texts = new Map(['p1', 'p2'].map((id) => [id, toString(root.children.find((c) => c.type === 'element' && c.properties.id === id)!)]));
    const mentions = link(root, 'first-per-paragraph');
    expect(mentions.map(({ entityId, name, blockId, start, end }) => ({ entityId, name, blockId, written: texts.get(blockId!)!.slice(start, end) }))).toEqual([
      { entityId: 'kerry', name: 'John Kerry', blockId: 'p1', written: 'John Kerry' },
      { entityId: 'lavrov', name: 'Lavrov', blockId: 'p1', written: 'Lavrov' },
      { entityId: 'aleppo', name: 'Aleppo', blockId: 'p2', written: 'Aleppo' },
    ]);
  });

  it('counts from the tree itself when it has the id, and from the whole tree when nothing has one', () => {
    const paragraph = h('p', { id: 'p7' }, ['At ', h('strong', 'first'), ', Kerry.']);
    expect(link(paragraph)).toEqual([{ entityId: 'kerry', name: 'Kerry', blockId: 'p7', start: 10, end: 15 }]);
    const root = h(null, [h('p', 'One.'), h('p', 'Two, Lavrov.')]);
    expect(link(root)).toMatchObject([{ blockId: undefined, start: 9, end: 15 }]);
  });

  it('reports every mention whatever the mode', () => {
    for (const mode of ['every', 'first-per-paragraph', 'first-per-article'] as const) {
      expect(link(h('p', 'Kerry, Kerry and Kerry'), mode)).toHaveLength(3);
    }
  });
});

describe('modes', () => {
  const article = () => h(null, [h('p', { id: 'p1' }, 'Kerry and Kerry'), h('p', { id: 'p2' }, ['Kerry ', h('em', 'Kerry'), ' Lavrov'])]);
  const termCount = (tree: Root) => (toHtml(tree).match(/<button/g) ?? []).length;

  it('every: each mention is a term', () => {
    const tree = article();
    link(tree, 'every');
    expect(termCount(tree)).toBe(5);
  });

  it('first-per-paragraph: the first mention of each entity in each block', () => {
    const tree = article();
    link(tree, 'first-per-paragraph');
    expect(toHtml(tree)).toBe(
      '<p id="p1"><button data-entity="kerry">Kerry</button> and Kerry</p><p id="p2"><button data-entity="kerry">Kerry</button> <em>Kerry</em> <button data-entity="lavrov">Lavrov</button></p>',
    );
  });

  it('first-per-paragraph falls back to paragraphs, list items and cells when no id is given', () => {
    const tree = h(null, [h('ul', [h('li', 'Kerry, Kerry'), h('li', 'Kerry')]), h('p', 'Kerry')]);
    link(tree, 'first-per-paragraph');
    expect(termCount(tree)).toBe(3);
  });

  it('first-per-article: once per document, across calls sharing a seen set', () => {
    const tree = article();
    link(tree, 'first-per-article');
    expect(termCount(tree)).toBe(2);

    const seen = new Set<string>();
    const [p1, p2] = article().children as Element[];
    link(p1!, 'first-per-article', { seen });
    link(p2!, 'first-per-article', { seen });
    expect(toHtml(p2!)).toBe('<p id="p2">Kerry <em>Kerry</em> <button data-entity="lavrov">Lavrov</button></p>');
    expect([...seen]).toEqual(['kerry', 'lavrov']);
  });
});
