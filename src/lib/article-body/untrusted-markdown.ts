import type { Definition, Html, Image, ImageReference, Link, LinkReference, Paragraph, PhrasingContent, Text } from 'mdast';
import { ContentError } from '../content/content-error.ts';

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

/**
 * The labels of definitions with unsafe addresses (`[ref]: javascript:…`).
 * As in CommonMark, the first definition of a label is the one that counts.
 */
export function unsafeDefinitionLabels(definitions: Iterable<Definition>): Set<string> {
  const seen = new Set<string>();
  const unsafe = new Set<string>();
  for (const { identifier, url } of definitions) {
    if (seen.has(identifier)) continue;
    seen.add(identifier);
    if (!isSafeUrl(url)) unsafe.add(identifier);
  }
  return unsafe;
}

/** A reference (`[x][ref]`, `![x][ref]`) to an unsafe definition: its words stay, as for an unsafe inline link. */
export function unsafeReferenceReplacement(node: LinkReference | ImageReference, unsafeLabels: ReadonlySet<string>): PhrasingContent[] | undefined {
  if (!unsafeLabels.has(node.identifier)) return undefined;
  return node.type === 'linkReference' ? node.children : node.alt ? [{ type: 'text', value: node.alt }] : [];
}

/** The place an in-page link ("#p3") points at, or undefined for a link elsewhere. */
export function inPageTarget(url: string): string | undefined {
  if (!url.startsWith('#')) return undefined;
  try {
    return decodeURIComponent(url.slice(1));
  } catch {
    return url.slice(1);
  }
}

/**
 * The first in-page link of an article that points at nothing. What an
 * article's text can link on its page are its paragraphs, #p1 to #pN.
 */
export function missingInPageTarget(targets: readonly string[], paragraphCount: number): string | undefined {
  return targets.find((target) => {
    const paragraph = /^p([1-9][0-9]*)$/.exec(target);
    return !paragraph || Number(paragraph[1]) > paragraphCount;
  });
}

/** Stops the build at an article's first in-page link to nothing, naming the file and the link. */
export function checkInPageLinks(file: string, targets: readonly string[], paragraphCount: number): void {
  const missing = missingInPageTarget(targets, paragraphCount);
  if (missing !== undefined) throw new ContentError(file, `a link to "#${missing}", which is not on the page: link a paragraph, #p1 to #p${paragraphCount}`);
}
