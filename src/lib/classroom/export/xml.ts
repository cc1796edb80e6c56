/**
 * Text and attribute values for the XML and HTML a cartridge carries. Titles,
 * questions and answers come from teachers' files and imported articles: each
 * goes through here, never into markup as it is.
 */

/** Characters XML 1.0 does not allow at all (control characters other than tab, newline and return). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Text for an element's content or a quoted attribute value: `&`, `<`, `>`, `"` and `'` escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The same escaping, for HTML: `&apos;` is XML's, HTML 4 readers know `&#39;`. */
export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/&apos;/g, '&#39;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
