/**
 * Metadata a teacher types at the top of a paste, one field a line:
 * `Source: Reuters`, `Published: 2016-09-19`, `URL: https://…`, `Author: X`.
 * They are read before or just after the title, and never as article text.
 */
export type HeaderField = 'source' | 'published' | 'url' | 'author';

const NAMES: Record<string, HeaderField> = {
  source: 'source',
  outlet: 'source',
  published: 'published',
  date: 'published',
  url: 'url',
  address: 'url',
  link: 'url',
  author: 'author',
  by: 'author',
};

const HEADER = /^(source|outlet|published|date|url|address|link|author|by)\s*:\s*(\S.{0,300})$/iu;

export function headerLine(text: string): { field: HeaderField; value: string } | undefined {
  const match = HEADER.exec(text);
  if (!match) return undefined;
  const field = NAMES[match[1]!.toLowerCase()]!;
  const value = match[2]!.trim();
  // "Date: 19 September 2016" is read by the date finder later; a header's value is only trusted in a form the schema takes or a name.
  return { field, value };
}
