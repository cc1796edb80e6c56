/**
 * A paragraph's text as anchors count it (its ¶ number and the work's own
 * labels left out), and the way between offsets in it and DOM ranges; and the
 * marks that show highlights, made with text nodes only (never HTML).
 */

/** Inside a paragraph, what is not the article's text. */
const NOT_TEXT = '.pnum, .work-annotate, .work-label';

export function textNodes(paragraph: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NOT_TEXT)) nodes.push(node as Text);
  }
  return nodes;
}

export const paragraphText = (paragraph: Element) => textNodes(paragraph).map((node) => node.data).join('');

/** The offset in the paragraph's text of a DOM boundary point (a selection's end). */
export function offsetIn(paragraph: Element, node: Node, offset: number): number {
  const point = document.createRange();
  point.setStart(node, offset);
  let total = 0;
  for (const text of textNodes(paragraph)) {
    if (text === node) return total + offset;
    if (point.comparePoint(text, text.length) <= 0) total += text.length;
    else break;
  }
  return total;
}

/** Text nodes split so that [start, end) of the paragraph's text is whole nodes; those nodes. */
function nodesBetween(paragraph: Element, start: number, end: number): Text[] {
  const found: Text[] = [];
  let at = 0;
  for (let node of textNodes(paragraph)) {
    const from = at;
    at += node.length;
    if (at <= start || from >= end || node.length === 0) continue;
    if (start > from) {
      node = node.splitText(start - from);
    }
    const nodeStart = Math.max(start, from);
    if (end < at) node.splitText(end - nodeStart);
    found.push(node);
  }
  return found;
}

/** Wraps [start, end) of the paragraph's text in marks; returns them (one per text node crossed). */
export function markText(paragraph: Element, start: number, end: number, make: () => HTMLElement): HTMLElement[] {
  return nodesBetween(paragraph, start, end).map((node) => {
    const mark = make();
    node.replaceWith(mark);
    mark.append(node);
    return mark;
  });
}

/** Takes out every mark and label the work put in a paragraph, leaving its text as it was. */
export function unmark(paragraph: Element): void {
  for (const label of paragraph.querySelectorAll('.work-label')) label.remove();
  for (const mark of [...paragraph.querySelectorAll('mark.work-mark')].reverse()) mark.replaceWith(...mark.childNodes);
  paragraph.normalize();
}

/** The child of `paragraph` that holds `node` (where a label can go without landing inside a glossary button). */
export function topChild(paragraph: Element, node: Node): Node {
  let child = node;
  while (child.parentNode && child.parentNode !== paragraph) child = child.parentNode;
  return child;
}
