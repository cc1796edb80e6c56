import { parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';

export interface MarkdownFile {
  data: Record<string, unknown>;
  body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a Markdown file into its YAML frontmatter and body. Frontmatter is
 * required (every content file needs metadata); YAML errors name the line.
 */
export function parseMarkdownFile(source: string, file: string): MarkdownFile {
  const text = source.replace(/^\uFEFF/, '');
  const fence = FENCE.exec(text);
  if (!fence) {
    throw new ContentError(file, 'no frontmatter: the file must start with a "---" line, then YAML fields, then another "---" line');
  }
  const yaml = fence[1] ?? '';
  const doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    const where = line === undefined ? '' : ` (line ${line + 1} of the file)`;
    throw new ContentError(file, `malformed frontmatter${where}: ${error.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { data: {}, body: text.slice(fence[0].length) };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, 'malformed frontmatter: expected "field: value" lines');
  }
  return { data: data as Record<string, unknown>, body: text.slice(fence[0].length) };
}
