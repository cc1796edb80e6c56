import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { parseMarkdownFile } from './frontmatter.ts';

export interface ContentFile<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/**
 * Reads and validates one content folder outside Astro, for command-line
 * tools, with the same schemas and the same "file: field: problem" errors as the build.
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
    const file = relative(root, path);
    const { data, body } = parseMarkdownFile(readFileSync(path, 'utf8'), file);
    const result = schema.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new ContentError(file, issue?.message ?? 'invalid', issue?.path.join('.'));
    }
    return { id: name.slice(0, -'.md'.length), file, data: result.data, body };
  });
}
