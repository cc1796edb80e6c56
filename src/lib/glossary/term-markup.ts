import type { Element, ElementContent, Text } from 'hast';

/** The id of an entity's popover card: one per entity per page, whatever the number of mentions. */
export function popoverId(entityId: string): string {
  return `gloss-${entityId}`;
}

const SPACE = /(\s+)/u;
/** Where a line may break inside a word: after a hyphen followed by a letter ("al-|Assad"), as in running text. */
const AFTER_HYPHEN = /(?<=\S-)(?=\p{L})/u;

const breakOpportunity = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

function wordButton(entityId: string, word: string, properties: Element['properties']): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', popovertarget: popoverId(entityId), ...properties },
    children: [{ type: 'text', value: word }],
  };
}

/**
 * A mention as a term: a `span.term` (`data-entity` is the stable hook for
 * styles, print and tests) holding one button per word, each toggling the
 * entity's popover with no JavaScript (the HTML popover API).
 *
 * One button per word because a button is never laid out inline: browsers
 * make it one box, so a term of several words would jump whole to the next
 * line, or wrap inside its box and push the text after it to the far edge.
 * Words (and hyphenated halves, with a `<wbr>` between) wrap like the words
 * around them. Only the first button is a tab stop and seen by screen
 * readers, named by the whole term; the others are for pointers and touch.
 */
export function termElement(entityId: string, children: ElementContent[]): Element {
  const text = children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  const pieces = text.split(SPACE).flatMap((part) => (SPACE.test(part) ? [part] : part.split(AFTER_HYPHEN))).filter((part) => part !== '');
  const words = pieces.filter((part) => !SPACE.test(part));
  // Anything but plain text (never made by the linker) stays whole in one button.
  if (words.length <= 1 || children.some((child) => child.type !== 'text')) {
    return term(entityId, [{ ...wordButton(entityId, '', {}), children }]);
  }
  const label = text.trim().replace(/\s+/gu, ' ');
  const termChildren: ElementContent[] = [];
  for (const piece of pieces) {
    if (SPACE.test(piece)) {
      termChildren.push({ type: 'text', value: piece } satisfies Text);
      continue;
    }
    if (termChildren.at(-1)?.type === 'element') termChildren.push(breakOpportunity());
    termChildren.push(wordButton(entityId, piece, termChildren.length === 0 ? { ariaLabel: label } : { tabIndex: -1, ariaHidden: 'true' }));
  }
  return term(entityId, termChildren);
}

function term(entityId: string, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['term'], dataEntity: entityId }, children };
}

const isTerm = (node: ElementContent): boolean => node.type === 'element' && node.properties?.dataEntity !== undefined;

/**
 * Lets a grouped term still break between its words: the group does not
 * wrap, so the spaces and `<wbr>`s inside the term are set apart in spans that do.
 */
function breakableInside(term: Element): void {
  term.children = term.children.map((child) =>
    (child.type === 'text' && SPACE.test(child.value)) || (child.type === 'element' && child.tagName === 'wbr')
      ? { type: 'element', tagName: 'span', properties: { className: ['term-space'] }, children: [child] }
      : child,
  );
}

/** The characters touching a term on one side that stay on its line: up to a hyphen, after which running text may break. */
const touchingAfter = (text: string) => /^\S*?(?:-(?=\p{L})|(?=\s|$))/u.exec(text)![0];
const touchingBefore = (text: string) => /(?<=^|\s|-)[^\s-]*$/u.exec(text)![0];

/**
 * Wraps each term with the characters touching it ("Obama’s", "Front,",
 * "(ISIS)", "American-") in a `span.term-group` that does not break, in
 * place, through `parent` and its descendants. A term's words are buttons,
 * which browsers lay out as boxes, and a line may break between a box and
 * the text after it: phones showed lines starting "’s" and ", which". After
 * a hyphen a line may still break, as in running text ("American-|led").
 */
export function keepTermsWithAdjacentText(parent: Element): void {
  const out: ElementContent[] = [];
  /** The group still open to what follows: its last child touches the next node. */
  let open: Element | undefined;
  const groups = new Set<ElementContent>();
  for (const child of parent.children) {
    if (isTerm(child)) {
      if (!open) {
        open = { type: 'element', tagName: 'span', properties: { className: ['term-group'] }, children: [] };
        const before = out.at(-1);
        const touching = before?.type === 'text' ? touchingBefore(before.value) : '';
        if (before?.type === 'text' && touching) {
          before.value = before.value.slice(0, before.value.length - touching.length);
          if (before.value === '') out.pop();
          open.children.push({ type: 'text', value: touching });
        }
        out.push(open);
        groups.add(open);
      }
      open.children.push(child as Element);
    } else if (child.type === 'text' && open) {
      const touching = touchingAfter(child.value);
      if (touching) open.children.push({ type: 'text', value: touching });
      const rest = child.value.slice(touching.length);
      if (rest || touching.endsWith('-')) {
        // After a hyphen the line may break, as in text: the group ends there.
        if (touching.endsWith('-') && !/^\s/u.test(rest)) out.push(breakOpportunity());
        if (rest) out.push({ type: 'text', value: rest });
        open = undefined;
      }
    } else {
      if (child.type === 'element') keepTermsWithAdjacentText(child);
      out.push(child);
      open = undefined;
    }
  }
  // A term with space on both sides needs no group.
  parent.children = out.map((node) => {
    if (!groups.has(node)) return node;
    const group = node as Element;
    if (group.children.length === 1) return group.children[0]!;
    for (const term of group.children) if (isTerm(term)) breakableInside(term as Element);
    return group;
  });
}
