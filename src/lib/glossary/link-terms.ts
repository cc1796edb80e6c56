import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Matcher, TextMatch } from './matcher.ts';

/**
 * Which mentions become terms. Every mention is still reported (counted and
 * listed on the entity's page); this only decides how many buttons a reader sees:
 * - `every`: every mention; dense, but each is tappable;
 * - `first-per-paragraph` (the site's default): the first mention of each
 *   entity in each paragraph (the nearest element with an id, else the nearest
 *   paragraph, list item, cell…), so a citation such as ¶14 lands on a
 *   paragraph whose names are all explained, without a button on every repeat;
 * - `first-per-article`: lightest, each entity is a term once per document.
 */
export const LINK_MODES = ['every', 'first-per-paragraph', 'first-per-article'] as const;
export type LinkMode = (typeof LINK_MODES)[number];
export const DEFAULT_LINK_MODE: LinkMode = 'first-per-paragraph';

/**
 * A matcher's find in a tree: `name` is the glossary name that matched, the
 * words as written are the block text's `slice(start, end)`.
 */
export interface BlockMatch extends TextMatch {
  /** The `id` of the nearest element (the tree itself included) that has one. */
  blockId: string | undefined;
  /** Offsets in the plain text (hast-util-to-string) of that element, or of the whole tree if none. */
  start: number;
  end: number;
}

export interface LinkTermsOptions {
  matcher: Matcher;
  mode: LinkMode;
  /** The markup of a term (e.g. a popover button); `children` is the mention's text, to keep as is. */
  createTerm(entityId: string, children: ElementContent[], mention: BlockMatch): Element;
  /** Entities already linked in this document, for 'first-per-article' across several calls. */
  seen?: Set<string>;
}

/** Headings are not mentions; links, code and form controls must keep their text whole. */
const NEVER_INSIDE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'button', 'textarea', 'select', 'svg', 'math']);
/** Blocks for 'first-per-paragraph' when no ancestor has an id. */
const BLOCK_TAGS = new Set(['p', 'li', 'td', 'th', 'blockquote', 'figcaption', 'dd', 'dt']);

interface Scope {
  /** The nearest `id`, and where that element's text starts in the whole tree's text. */
  blockId: string | undefined;
  blockTextStart: number;
  /** The block whose first mention of each entity is linked in 'first-per-paragraph'. */
  block: Root | Element;
}

function isSet(value: Properties[string]): boolean {
  return value !== undefined && value !== null && value !== false;
}

/** Skipped elements, with existing terms (`data-entity`), so that terms never nest. */
function isOffLimits(element: Element): boolean {
  const properties = element.properties ?? {};
  return NEVER_INSIDE.has(element.tagName) || isSet(properties.dataNoGloss) || isSet(properties.dataEntity);
}

function idOf(element: Element): string | undefined {
  const id = element.properties?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Adds `value` to `seen` and says whether it was new. */
function isFirst(seen: Set<string>, value: string): boolean {
  if (seen.has(value)) return false;
  seen.add(value);
  return true;
}

class TermLinker {
  readonly mentions: BlockMatch[] = [];
  readonly #options: LinkTermsOptions;
  readonly #seenInDocument: Set<string>;
  readonly #seenInBlock = new Map<Root | Element, Set<string>>();
  /** How much of the whole tree's text lies before the node being visited. */
  #textOffset = 0;

  constructor(options: LinkTermsOptions) {
    this.#options = options;
    this.#seenInDocument = options.seen ?? new Set();
  }

  linkElement(element: Element, scope: Scope): void {
    if (isOffLimits(element)) {
      this.#textOffset += toString(element).length;
      return;
    }
    const id = idOf(element);
    if (id !== undefined) scope = { blockId: id, blockTextStart: this.#textOffset, block: element };
    else if (scope.blockId === undefined && BLOCK_TAGS.has(element.tagName)) scope = { ...scope, block: element };
    this.linkChildren(element, scope);
  }

  linkChildren(parent: Root | Element, scope: Scope): void {
    // Only text and elements are inserted, which either kind of parent may hold.
    const children: RootContent[] = parent.children;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === 'element') this.linkElement(child, scope);
      if (child.type !== 'text') continue;
      const replacement = this.#linkText(child, scope);
      children.splice(index, 1, ...replacement);
      index += replacement.length - 1;
    }
  }

  /** The text node split around its terms; matching is per text node, so a name split by markup is not found. */
  #linkText(node: Text, scope: Scope): ElementContent[] {
    const textStart = this.#textOffset - scope.blockTextStart;
    this.#textOffset += node.value.length;
    const nodes: ElementContent[] = [];
    let linkedUpTo = 0;
    for (const match of this.#options.matcher.findAll(node.value)) {
      const mention = this.#report(match, textStart, scope);
      if (!this.#shouldLink(mention.entityId, scope.block)) continue;
      if (match.start > linkedUpTo) nodes.push({ type: 'text', value: node.value.slice(linkedUpTo, match.start) });
      nodes.push(this.#options.createTerm(mention.entityId, [{ type: 'text', value: node.value.slice(match.start, match.end) }], mention));
      linkedUpTo = match.end;
    }
    if (linkedUpTo === 0) return [node];
    if (linkedUpTo < node.value.length) nodes.push({ type: 'text', value: node.value.slice(linkedUpTo) });
    return nodes;
  }

  #report({ entityId, name, start, end }: TextMatch, textStart: number, scope: Scope): BlockMatch {
    const mention = { entityId, name, blockId: scope.blockId, start: textStart + start, end: textStart + end };
    this.mentions.push(mention);
    return mention;
  }

  #shouldLink(entityId: string, block: Root | Element): boolean {
    switch (this.#options.mode) {
      case 'every':
        return true;
      case 'first-per-article':
        return isFirst(this.#seenInDocument, entityId);
      case 'first-per-paragraph': {
        let seen = this.#seenInBlock.get(block);
        if (!seen) this.#seenInBlock.set(block, (seen = new Set()));
        return isFirst(seen, entityId);
      }
    }
  }
}

/**
 * Wraps glossary mentions in terms, in place, in any hast subtree (a whole
 * document, or one paragraph at a time), and reports every mention, linked or
 * not, in reading order. Text is never changed and terms never nest.
 */
export function linkTerms(tree: Root | Element, options: LinkTermsOptions): BlockMatch[] {
  const linker = new TermLinker(options);
  const scope: Scope = { blockId: undefined, blockTextStart: 0, block: tree };
  if (tree.type === 'root') linker.linkChildren(tree, scope);
  else linker.linkElement(tree, scope);
  return linker.mentions;
}
