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
  return { data: parseYamlFields(fence[1] ?? '', file, 'frontmatter'), body: text.slice(fence[0].length) };
}

/**
 * YAML "field: value" lines (frontmatter or site.yaml) as an object. Errors
 * name the file and the line (frontmatter starts on the file's second
 * line). A YAML alias bomb stops at the yaml library's alias limit.
 */
export function parseYamlFields(yaml: string, file: string, kind: 'frontmatter' | 'YAML'): Record<string, unknown> {
  const what = `malformed ${kind}`;
  const linesBefore = kind === 'frontmatter' ? 1 : 0;
  const doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    const where = line === undefined ? '' : ` (line ${line + linesBefore} of the file)`;
    throw new ContentError(file, `${what}${where}: ${error.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (problem) {
    throw new ContentError(file, `${what}: ${problem instanceof Error ? problem.message : String(problem)}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, `${what}: expected "field: value" lines`);
  }
  return data as Record<string, unknown>;
}
