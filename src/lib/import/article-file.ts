import { Document, isMap, isScalar, isSeq, Scalar } from 'yaml';
import { escapeMarkdownText } from './markdown-escape.ts';

/** An imported article's frontmatter, in the order editors read it (the schema's order). */
export interface ArticleFields {
  title: string;
  dek?: string;
  source: string;
  author?: string;
  authorBio?: string;
  /** yyyy-mm-dd */
  published: string;
  url?: string;
  language: string;
  captions: { text: string; credit?: string }[];
}

/**
 * Prose (title, dek, bio, captions and credits) is always double-quoted: it
 * is full of colons, quotes and "#", and one style is easier to edit by hand
 * than YAML's rules for when quotes are needed. Names and dates stay plain
 * where YAML allows. Lines are never folded, so each value is one line.
 */
const PROSE_KEYS = new Set(['title', 'dek', 'authorBio', 'text', 'credit']);

function quoteProse(node: unknown, key?: string): void {
  if (isScalar(node) && key !== undefined && PROSE_KEYS.has(key)) node.type = Scalar.QUOTE_DOUBLE;
  else if (isMap(node)) for (const pair of node.items) quoteProse(pair.value, isScalar(pair.key) ? String(pair.key.value) : undefined);
  else if (isSeq(node)) for (const item of node.items) quoteProse(item);
}

/** The article as a Markdown file: YAML frontmatter, then one escaped paragraph per block. */
export function articleMarkdown(fields: ArticleFields, paragraphs: readonly string[]): string {
  const ordered = Object.fromEntries(
    (['title', 'dek', 'source', 'author', 'authorBio', 'published', 'url', 'language', 'captions'] as const)
      .filter((key) => fields[key] !== undefined && !(key === 'captions' && fields.captions.length === 0))
      .map((key) => [key, fields[key]]),
  );
  const doc = new Document(ordered);
  quoteProse(doc.contents);
  const frontmatter = doc.toString({ lineWidth: 0 });
  return `---\n${frontmatter}---\n\n${paragraphs.map(escapeMarkdownText).join('\n\n')}\n`;
}
