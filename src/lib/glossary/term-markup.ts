import type { Element, ElementContent } from 'hast';

/** The id of an entity's popover card: one per entity per page, whatever the number of mentions. */
export function popoverId(entityId: string): string {
  return `gloss-${entityId}`;
}

/**
 * A mention as a term: a button that toggles the entity's popover with no
 * JavaScript (the HTML popover API), which screen readers announce as a
 * button that expands. `data-entity` is the stable hook for styles, print and tests.
 */
export function termElement(entityId: string, children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: { type: 'button', className: ['term'], dataEntity: entityId, popovertarget: popoverId(entityId) },
    children,
  };
}

const isTerm = (node: Element) => node.properties?.dataEntity !== undefined;

/**
 * Wraps each term with the characters touching it ("Obama’s", "Front,",
 * "(ISIS)") in a `span.term-group` that does not break, in place, through
 * `parent` and its descendants. A term is a button, which browsers lay out as
 * one box (a button is never `display: inline`), so a line may break between
 * the box and the text after it: phones showed lines starting "’s" and ", which".
 */
export function keepTermsWithAdjacentText(parent: Element): void {
  const out: ElementContent[] = [];
  /** The group still open to what follows: its last child touches the next node. */
  let open: Element | undefined;
  const groups = new Set<ElementContent>();
  for (const child of parent.children) {
    if (child.type === 'element' && isTerm(child)) {
      if (!open) {
        open = { type: 'element', tagName: 'span', properties: { className: ['term-group'] }, children: [] };
        const before = out.at(-1);
        const touching = before?.type === 'text' ? /\S+$/u.exec(before.value) : null;
        if (before?.type === 'text' && touching) {
          before.value = before.value.slice(0, touching.index);
          if (before.value === '') out.pop();
          open.children.push({ type: 'text', value: touching[0] });
        }
        out.push(open);
        groups.add(open);
      }
      open.children.push(child);
    } else if (child.type === 'text' && open) {
      const touching = /^\S+/u.exec(child.value)?.[0] ?? '';
      if (touching) open.children.push({ type: 'text', value: touching });
      const rest = child.value.slice(touching.length);
      if (rest) {
        out.push({ type: 'text', value: rest });
        open = undefined;
      }
    } else {
      if (child.type === 'element') keepTermsWithAdjacentText(child);
      out.push(child);
      open = undefined;
    }
  }
  // A term with space on both sides needs no group.
  parent.children = out.map((node) => (groups.has(node) && (node as Element).children.length === 1 ? (node as Element).children[0]! : node));
}
