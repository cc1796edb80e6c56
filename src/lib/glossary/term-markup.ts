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
