import type { Html, Image, Link, Paragraph, PhrasingContent, Text } from 'mdast';

/**
 * Article text is untrusted (pasted from the web). These rules, applied to
 * the Markdown tree by both pipelines, keep every word while making sure none
 * of it becomes markup or script.
 */

/** mdast parents whose html children are blocks of their own rather than inline tags. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Raw HTML is shown as the literal text it is, never parsed. A block of HTML
 * becomes a paragraph so its text keeps its place, and number, in the reading order.
 */
export function rawHtmlAsText(node: Html, parentType: string | undefined): Text | Paragraph {
  const text: Text = { type: 'text', value: node.value };
  return parentType && FLOW_PARENTS.has(parentType) ? { type: 'paragraph', children: [text] } : text;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Web and mail addresses, and relative ones; never javascript:, data: or vbscript:. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return !scheme || SAFE_PROTOCOLS.has(`${scheme[1]!.toLowerCase()}:`);
}

/** A link or image with an unsafe address: its words stay, the address goes. */
export function unsafeUrlReplacement(node: Link | Image): PhrasingContent[] | undefined {
  if (isSafeUrl(node.url)) return undefined;
  return node.type === 'link' ? node.children : node.alt ? [{ type: 'text', value: node.alt }] : [];
}
