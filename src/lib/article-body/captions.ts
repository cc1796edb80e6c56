import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { blockAnchor, type Mention, type TextBlock } from './blocks.ts';
import type { ArticleBodyOptions } from './paragraphs.ts';

export interface LinkedCaptions {
  /** Each caption's text as HTML, glossary terms linked; index 0 is caption 1. */
  html: string[];
  mentions: Mention[];
}

/**
 * Photo captions are plain text (never Markdown: they come from frontmatter),
 * but they name people as the body does ("Russian Foreign Minister Sergey
 * Lavrov"), so they go through the same glossary linker as body paragraphs.
 */
export function linkCaptions(captions: readonly { text: string }[], options: ArticleBodyOptions = {}): LinkedCaptions {
  const link = options.createLinker?.();
  const mentions: Mention[] = [];
  const html = captions.map(({ text }, index) => {
    const block: TextBlock = { kind: 'caption', n: index + 1 };
    const element: Element = { type: 'element', tagName: 'p', properties: { id: blockAnchor(block) }, children: [{ type: 'text', value: text }] };
    for (const { entityId, start, end } of link?.(element) ?? []) mentions.push({ entityId, text: text.slice(start, end), block, start, end });
    return toHtml(element.children);
  });
  return { html, mentions };
}
