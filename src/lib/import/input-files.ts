import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../content/content-error.ts';

export interface InputFiles {
  files: string[];
  /** Arguments that name nothing importable. */
  problems: ContentError[];
}

/**
 * The files to import from the command line's files and folders. A folder
 * contributes its `.txt`, `.html` and `.htm` files (not its subfolders, nor hidden files such as
 * editor backups), in name order, so a run is repeatable; a file named
 * directly is imported whatever its extension.
 */
export function inputFiles(paths: readonly string[]): InputFiles {
  const files: string[] = [];
  const problems: ContentError[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      problems.push(new ContentError(path, 'no such file or folder'));
      continue;
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const texts = readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && /\.(?:txt|html?)$/u.test(entry.name.toLowerCase()))
      .map((entry) => entry.name)
      .sort();
    if (texts.length === 0) problems.push(new ContentError(path, 'no .txt, .html or .htm files in this folder'));
    files.push(...texts.map((name) => join(path, name)));
  }
  return { files: [...new Set(files)], problems };
}

/** The addresses a text file lists, one a line, when that is all it holds (a list to fetch, not a paste). */
export function addressList(path: string): string[] | undefined {
  if (!/\.txt$/iu.test(path)) return undefined;
  let lines: string[];
  try {
    lines = readFileSync(path, 'utf8').split(/\r?\n/u).map((line) => line.trim()).filter(Boolean);
  } catch {
    return undefined;
  }
  return lines.length > 0 && lines.every((line) => /^https?:\/\/\S+$/iu.test(line)) ? lines : undefined;
}
