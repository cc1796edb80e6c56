import { existsSync, linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file appeared between the check and the write: another import, or an editor, got there first. */
export class AlreadyExistsError extends Error {}

let counter = 0;

/**
 * Writes a whole file or nothing: the content goes to a temporary file in
 * the same folder (named so the content loader ignores it), which then takes
 * the target's name in one step. Without `overwrite`, the final step is a
 * hard link, which fails rather than replace a file that exists by then.
 */
export function writeFileAtomically(path: string, content: string, { overwrite }: { overwrite: boolean }): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  writeFileSync(temporary, content, { flag: 'wx' });
  try {
    if (overwrite) renameSync(temporary, path);
    else linkWithoutReplacing(temporary, path);
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

function linkWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AlreadyExistsError(`${path} already exists`);
    // File systems without hard links: check, then rename (a narrow race, but still never a half-written file).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    if (existsSync(path)) throw new AlreadyExistsError(`${path} already exists`);
    renameSync(temporary, path);
  }
}
