/**
 * The part of a page Pagefind reads, as a document of its own: the element
 * marked `data-pagefind-body` (with the filters, metadata and sort keys it
 * holds) and the page's `lang`. Handing Pagefind this instead of the whole
 * page keeps the popover cards, reading panel and citations, which it would
 * only parse to skip, out of the indexing. Undefined for a page with no such
 * element: Pagefind would skip it too. A page whose element cannot be cut
 * out (no closing tag) is handed over whole.
 */
export function indexableDocument(html: string): string | undefined {
  const start = BODY_START.exec(html);
  if (!start) return undefined;
  const open = start.index;
  const end = closingTagEnd(html, open, start[1]!.toLowerCase());
  if (end === undefined) return html;
  const lang = /<html\b[^>]*?\blang="([^"]*)"/i.exec(html.slice(0, open))?.[1];
  return `<!DOCTYPE html><html${lang === undefined ? '' : ` lang="${lang}"`}><body>${html.slice(open, end)}</body></html>`;
}

/** One attribute of a start tag, its quoted value whole, so a value that mentions the marker is no marker. */
const ATTRIBUTE = String.raw`\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?`;
/** The start tag carrying the marker as an attribute; page text cannot forge one, its "<" being escaped. */
const BODY_START = new RegExp(String.raw`<([a-zA-Z][\w-]*)(?:${ATTRIBUTE})*?\s+data-pagefind-body(?=[\s/>=])`);

/** Where the element opening at `from` ends, counting nested elements of the same name. */
function closingTagEnd(html: string, from: number, tag: string): number | undefined {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return undefined;
}
