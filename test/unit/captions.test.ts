import { describe, expect, it } from 'vitest';
import { blockAnchor, blockLabel, blockText, textBlocks } from '../../src/lib/article-body/blocks.ts';
import { linkCaptions } from '../../src/lib/article-body/captions.ts';
import { createMatcher } from '../../src/lib/glossary/matcher.ts';
import { glossaryLinker } from '../../src/lib/glossary/paragraph-linker.ts';

const matcher = createMatcher([
  { entityId: 'sergey-lavrov', name: 'Sergey Lavrov' },
  { entityId: 'geneva', name: 'Geneva' },
  { entityId: 'john-kerry', name: 'John Kerry' },
]);

describe('linkCaptions', () => {
  const captions = [{ text: 'John Kerry and Sergey Lavrov <b>meet</b> in Geneva.' }, { text: 'No names here.' }];
  const { html, mentions } = linkCaptions(captions, { createLinker: glossaryLinker(matcher) });

  it('links glossary names in captions as in the body, keeping the text as text', () => {
    const words = (id: string, [first, ...rest]: string[]) =>
      `<span class="term" data-entity="${id}"><button type="button" popovertarget="gloss-${id}" aria-label="${[first, ...rest].join(' ')}">${first}</button>` +
      rest.map((word) => ` <button type="button" popovertarget="gloss-${id}" tabindex="-1" aria-hidden="true">${word}</button>`).join('') +
      '</span>';
    expect(html[0]).toBe(
      `${words('john-kerry', ['John', 'Kerry'])} and ${words('sergey-lavrov', ['Sergey', 'Lavrov'])} &#x3C;b>meet&#x3C;/b> in ` +
        // The full stop stays on the term's line.
        '<span class="term-group"><span class="term" data-entity="geneva"><button type="button" popovertarget="gloss-geneva">Geneva</button></span>.</span>',
    );
    expect(html[1]).toBe('No names here.');
  });

  it('reports each mention with its caption and offsets', () => {
    expect(mentions.map(({ entityId, text, block, start }) => [entityId, text, blockLabel(block), start])).toEqual([
      ['john-kerry', 'John Kerry', 'Caption 1', 0],
      ['sergey-lavrov', 'Sergey Lavrov', 'Caption 1', 15],
      ['geneva', 'Geneva', 'Caption 1', 44],
    ]);
  });

  it('without a linker, captions are escaped text', () => {
    expect(linkCaptions([{ text: '<script>x</script>' }]).html).toEqual(['&#x3C;script>x&#x3C;/script>']);
  });
});

describe('text blocks', () => {
  it('lists captions before paragraphs, and finds each block’s text and anchor', () => {
    const blocks = textBlocks(['First.', 'Second.'], [{ text: 'A photo.' }]);
    expect(blocks.map(({ block }) => blockAnchor(block))).toEqual(['caption-1', 'p1', 'p2']);
    const article = { paragraphs: ['First.', 'Second.'], data: { captions: [{ text: 'A photo.' }] } };
    expect(blocks.every(({ block, text }) => blockText(article, block) === text)).toBe(true);
    expect(blockLabel({ kind: 'paragraph', n: 7 })).toBe('¶7');
  });
});
