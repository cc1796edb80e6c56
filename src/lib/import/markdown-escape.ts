/**
 * Imported paragraphs are untrusted plain text, written into Markdown: every
 * character that Markdown would read as syntax is escaped, so the page shows
 * exactly the words that were pasted. A line starting with "#", ">", "-",
 * "+" or "1." stays a paragraph, "*stars*" stay stars, "[x](javascript:…)"
 * stays those characters, and "&amp;" stays five characters.
 *
 * Escaping is minimal so that the files stay readable for editors: only the
 * characters that could start syntax where they stand. Bare web addresses
 * still become links (GFM autolinks cannot be escaped; their text is
 * unchanged and only http(s) and mailto addresses are linked).
 *
 * An address that needs an escape ("…/Syrian\_Civil\_War") must not be read
 * from the source as it stands: the parser would keep the backslashes in the
 * link. Escaping its "://" (or "www.") leaves it to GFM's second pass, which
 * links the address in the text after escapes are read.
 */

/**
 * Characters that are syntax anywhere in a line: escapes, code, emphasis,
 * links and images (a "]" alone opens nothing), raw HTML, strikethrough.
 */
const INLINE_SYNTAX = /[\\`*_[<~]/g;
/** An ampersand that would start a character reference ("&amp;", "&#39;"). */
const CHARACTER_REFERENCE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
/**
 * Line starts that open a block: a quote; a heading ("# " but not "#hashtag");
 * a list item ("- ", "+ ", "1. ", "2) " but not "-5" or "06.04.2017"); a
 * thematic break ("---"). "*" and "_" are escaped everywhere already.
 */
const BLOCK_START = /^(?:>|#{1,6}(?=\s|$)|[-+](?=\s|$)|-(?=\s*-\s*-))/;
const ORDERED_LIST_START = /^(\d{1,9})([.)])(?=\s|$)/;
/** The ":" of "http(s)://" or the "." of "www." in an address that holds an escape before the next space. */
const ESCAPED_ADDRESS = /(?<=https?)(?=:\/\/\S*\\)|(?<=www)(?=\.\S*\\)/gi;

/** One paragraph of plain text (a single line, whitespace already normalised) as Markdown source. */
export function escapeMarkdownText(text: string): string {
  const escaped = text.replace(INLINE_SYNTAX, '\\$&').replace(CHARACTER_REFERENCE, '\\&').replace(ESCAPED_ADDRESS, '\\');
  if (BLOCK_START.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_LIST_START, '$1\\$2');
}
