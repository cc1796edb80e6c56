/**
 * Word characters for name boundaries: letters, digits and marks in any
 * script, so "ISIS" is not found in "crisis" nor "الأسد" inside a longer word.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const nonAscii = new Map<number, boolean>();

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
  }
  let isWord = nonAscii.get(codePoint);
  if (isWord === undefined) nonAscii.set(codePoint, (isWord = WORD_CHAR.test(String.fromCodePoint(codePoint))));
  return isWord;
}

/** Whether the character starting at `index` is a word character (false past the end). */
export function isWordCharAt(text: string, index: number): boolean {
  return index < text.length && isWordCodePoint(text.codePointAt(index)!);
}

/** Whether the character ending just before `index` is a word character (false at the start). */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isWordCodePoint(isLowSurrogate && index >= 2 ? text.codePointAt(index - 2)! : code);
}
