import { ContentError } from '../content/content-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * A pasted article's bytes as text, or a clear error for the file: empty,
 * binary (NUL bytes), UTF-16, or not UTF-8 (say, Windows-1252 from an old
 * editor). Nothing is guessed: a wrong guess at an encoding garbles names
 * silently, while the error tells the teacher how to fix the file.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ContentError(file, 'empty file');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError(file, 'UTF-16 text: save the file as UTF-8 and import it again');
  }
  if (bytes.includes(0)) throw new ContentError(file, 'binary file (it contains NUL bytes), not pasted text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ContentError(file, `not UTF-8 text (first bad byte on line ${firstBadLine(bytes)}): save the file as UTF-8 and import it again`);
  }
  if (text.trim() === '') throw new ContentError(file, 'empty file (only whitespace)');
  return text;
}

/** Control characters other than tab, line feed and carriage return: never text a reader should see. */
const CONTROL_CHARACTER = /[^\P{Cc}\t\n\r]/u;

/**
 * A content file's bytes as text, checked as the importer checks a paste
 * (`decodeText`), and with no control characters: the importer removes them
 * from a paste, so a content file holding one was not made by it, and the
 * build refuses it rather than show an invisible character.
 */
export function decodeContentText(bytes: Uint8Array, file: string): string {
  const text = decodeText(bytes, file);
  const bad = text.search(CONTROL_CHARACTER);
  if (bad >= 0) {
    const code = text.codePointAt(bad)!.toString(16).toUpperCase().padStart(4, '0');
    const line = text.slice(0, bad).split('\n').length;
    throw new ContentError(file, `a control character (U+${code}) on line ${line}: delete it (it is invisible in most editors)`);
  }
  return text;
}

/** The line of the first byte that is not UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): number {
  const text = lenientUtf8.decode(bytes);
  const bad = text.indexOf('\ufffd');
  return text.slice(0, Math.max(bad, 0)).split('\n').length;
}
