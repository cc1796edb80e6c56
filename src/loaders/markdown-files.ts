import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readContentFile } from '../lib/content/read-content.ts';

const READ_AHEAD = 32;

/**
 * Loads one collection from a folder of Markdown files, keeping each body as
 * source. Unlike Astro's glob loader it does not render Markdown at load time:
 * Gloss renders bodies itself, with the glossary, on every build, so an edited
 * glossary entry can never leave a stale cached article behind. Files are
 * checked by `readContentFile`, as the command-line tools check them, rather
 * than by Astro's schema check, so that errors read the same everywhere.
 */
export function markdownFiles(directory: string, schema: z.ZodType): Loader {
  return {
    name: 'gloss-markdown-files',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const folder = isAbsolute(directory) ? directory : resolve(root, directory);
      const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort();
      const seen = new Set<string>();
      // A few files at a time: one by one, a big set waits on the disk for every file.
      for (let i = 0; i < names.length; i += READ_AHEAD) {
        const ids = await Promise.all(names.slice(i, i + READ_AHEAD).map((name) => loadFile(context, root, join(folder, name), schema)));
        for (const id of ids) seen.add(id);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      context.watcher?.on('all', (event, path) => {
        if (!path.startsWith(folder) || !path.endsWith('.md')) return;
        if (event === 'unlink') context.store.delete(idOf(path));
        else if (event === 'add' || event === 'change') void loadFile(context, root, path, schema).catch((error: unknown) => context.logger.error(String(error)));
      });
    },
  };
}

function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
}

async function loadFile(context: LoaderContext, root: string, path: string, schema: z.ZodType): Promise<string> {
  const file = relative(root, path);
  const bytes = await readFile(path);
  const { id, data, body } = readContentFile(bytes, file, schema);
  // The store keeps an entry whose digest is unchanged, file path included: the
  // path is part of the digest so that errors name this content folder's file.
  const digest = context.generateDigest({ file, source: bytes.toString('base64') });
  context.store.set({ id, data: data as Record<string, unknown>, body, filePath: file, digest });
  return id;
}
