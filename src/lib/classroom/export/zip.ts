import { zipSync, type Zippable } from 'fflate';

/**
 * Every entry's time: 1 January 1980, 00:00, the earliest a zip can say. A zip
 * keeps local time and fflate reads the Date's local fields, so the Date is
 * made from local fields too: the same bytes in every time zone.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * A zip of `files` (path → bytes), in the order given, with fixed times and
 * no extra fields: the same files make the same bytes, run after run.
 * PDFs are stored as they are (already compressed); the rest is deflated.
 */
export function zipFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, bytes] of files) {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`"${path}" is not a path inside the zip`);
    entries[path] = [bytes, { mtime: FIXED_TIME, level: path.endsWith('.pdf') ? 0 : 9 }];
  }
  return zipSync(entries);
}
