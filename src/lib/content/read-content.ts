import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { decodeContentText } from '../import/decode-text.ts';
import { ContentError } from './content-error.ts';
import { parseMarkdownFile } from './frontmatter.ts';
import { ArticleSchema } from './schemas.ts';
import { validateFields } from './schema-errors.ts';

export interface ContentFile<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An article is its text: one with no body would be an empty page. */
const BODY_REQUIRED: ReadonlySet<z.ZodType> = new Set([ArticleSchema]);

/**
 * One content file, from its bytes to checked data: the one path that the
 * build's loader and the command-line tools share. Throws a ContentError
 * naming the file (and the field) for a bad file name, bytes that are not
 * UTF-8 text, malformed frontmatter, a value the schema refuses, or a missing body.
 */
export function readContentFile<S extends z.ZodType>(bytes: Uint8Array, file: string, schema: S): ContentFile<z.output<S>> {
  const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '');
  if (!SLUG.test(id)) {
    throw new ContentError(file, 'the file name must be lowercase letters, digits and hyphens (it becomes the page address)');
  }
  const { data: raw, body } = parseMarkdownFile(decodeContentText(bytes, file), file);
  const data = validateFields(schema, raw, file);
  if (BODY_REQUIRED.has(schema) && body.trim() === '') throw new ContentError(file, 'no text: the article body after the frontmatter is empty');
  return { id, file, data, body };
}

/**
 * Reads and validates one content folder outside Astro, for command-line
 * tools, with the same checks and the same "file: field: problem" errors as the build.
 */
export function readContentFolder<S extends z.ZodType>(folder: string, schema: S, root = process.cwd()): ContentFile<z.output<S>>[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(folder, name);
    return readContentFile(readFileSync(path), relative(root, path), schema);
  });
}
