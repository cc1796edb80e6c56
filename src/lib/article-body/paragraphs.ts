import type { Element, ElementContent, Parents } from 'hast';
import { toString } from 'hast-util-to-string';
import { blockAnchor, type Mention } from './blocks.ts';

/** Reader-facing id of paragraph n (1-based): the anchor students cite as ¶n. */
export function paragraphId(n: number): string {
  return blockAnchor({ kind: 'paragraph', n });
}

/**
 * Body paragraphs are the ones a reader cites: top-level paragraphs and those
 * of top-level quotes, not list items or table cells.
 */
export function isBodyParagraph(node: Element, parent: Parents | undefined): boolean {
  if (node.tagName !== 'p' || !parent) return false;
  return parent.type === 'root' || (parent.type === 'element' && parent.tagName === 'blockquote');
}

/** Adjacent text nodes (parsers split them differently) become one, so every pipeline yields the same tree. */
export function mergeAdjacentText(children: ElementContent[]): ElementContent[] {
  const merged: ElementContent[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (child.type === 'text' && last?.type === 'text') {
      merged[merged.length - 1] = { type: 'text', value: last.value + child.value };
    } else {
      merged.push(child);
    }
  }
  return merged;
}

/** The margin number: a link to the paragraph itself, so clicking it puts the citation link in the address bar. */
export function paragraphMarker(n: number): Element {
  const id = paragraphId(n);
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['pnum'], href: `#${id}`, ariaLabel: `Paragraph ${n}`, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: String(n) }],
  };
}

/** Links glossary terms in one paragraph, in place, and says what it found: offsets into the paragraph's plain text. */
export type ParagraphLinker = (paragraph: Element) => readonly Pick<Mention, 'entityId' | 'start' | 'end'>[];

export interface ArticleBodyOptions {
  /**
   * Makes the glossary linker for one document (it may keep per-document
   * state, such as "first mention only"). Each paragraph passes through it
   * once it has its id and before its marker is added, so offsets exclude the marker.
   */
  createLinker?: (() => ParagraphLinker) | undefined;
}

/**
 * The per-document state of the body transform, shared by the rehype plugin
 * and the Sätteri adapter: each body paragraph, in reading order, becomes a
 * citable one (normalised text, `id="pN"`, glossary terms, margin number), and
 * its plain text is kept for word counts, excerpts and mentions in context.
 */
export class ArticleBody {
  readonly paragraphs: string[] = [];
  readonly mentions: Mention[] = [];
  readonly #link: ParagraphLinker | undefined;

  constructor(options: ArticleBodyOptions = {}) {
    this.#link = options.createLinker?.();
  }

  enhance(paragraph: Element): Element {
    const n = this.paragraphs.length + 1;
    paragraph.children = mergeAdjacentText(paragraph.children);
    paragraph.properties = { ...paragraph.properties, id: paragraphId(n) };
    const found = this.#link?.(paragraph) ?? [];
    const text = toString(paragraph);
    this.paragraphs.push(text);
    for (const { entityId, start, end } of found) {
      this.mentions.push({ entityId, text: text.slice(start, end), block: { kind: 'paragraph', n }, start, end });
    }
    paragraph.children.unshift(paragraphMarker(n));
    return paragraph;
  }
}
