import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/content/content-error.ts';
import { parseMarkdownFile } from '../lib/content/frontmatter.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const READ_AHEAD = 32;

/**
 * Loads one collection from a folder of Markdown files, keeping each body as
 * source. Unlike Astro's glob loader it does not render Markdown at load time:
 * Gloss renders bodies itself, with the glossary, on every build, so an edited
 * glossary entry can never leave a stale cached article behind.
 */
export function markdownFiles(directory: string): Loader {
  return {
    name: 'gloss-markdown-files',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const folder = isAbsolute(directory) ? directory : resolve(root, directory);
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort();
      const seen = new Set<string>();
      // A few files at a time: one by one, a big set waits on the disk for every file.
      for (let i = 0; i < names.length; i += READ_AHEAD) {
        const ids = await Promise.all(names.slice(i, i + READ_AHEAD).map((name) => loadFile(context, root, join(folder, name))));
        for (const id of ids) seen.add(id);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      context.watcher?.on('all', (event, path) => {
        if (!path.startsWith(folder) || !path.endsWith('.md')) return;
        if (event === 'unlink') context.store.delete(idOf(path));
        else if (event === 'add' || event === 'change') void loadFile(context, root, path).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
}

async function loadFile(context: LoaderContext, root: string, path: string): Promise<string> {
  const file = relative(root, path);
  const id = idOf(path);
  if (!SLUG.test(id)) {
    throw new ContentError(file, 'the file name must be lowercase letters, digits and hyphens (it becomes the page address)');
  }
  const source = await readFile(path, 'utf8');
  const { data: raw, body } = parseMarkdownFile(source, file);
  const data = await parseData(context, id, raw, file);
  context.store.set({ id, data, body, filePath: file, digest: context.generateDigest(source) });
  return id;
}

/** Astro's schema check, with its error said as "file: field "x": problem". */
async function parseData(context: LoaderContext, id: string, data: Record<string, unknown>, file: string) {
  try {
    return await context.parseData({ id, data, filePath: file });
  } catch (error) {
    const issues = schemaIssues(error instanceof Error ? error.message : String(error));
    const first = issues[0];
    if (issues.length === 1 && first) throw new ContentError(file, first.problem, first.field);
    throw new ContentError(file, issues.map(({ field, problem }) => `field "${field}": ${problem}`).join('; '));
  }
}

/** Astro lists schema issues as lines of "  **path**: message"; the message may repeat the path. */
function schemaIssues(message: string): { field: string; problem: string }[] {
  const issues = [...message.matchAll(/^\s*\*\*([^*]+)\*\*: (.*)$/gm)].map(([, field = '', problem = '']) => ({
    field,
    problem: problem.replace(/^(\*\*)?[^*:]+\1: /, ''),
  }));
  return issues.length > 0 ? issues : [{ field: '(frontmatter)', problem: message }];
}
