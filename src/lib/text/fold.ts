/**
 * Typographic folding, so that a glossary name matches however an article
 * typeset it: "O’Brien" and "O'Brien", "Deir ez‑Zôr" and "Deir ez-Zor",
 * "Deir\u00a0Ezzor" and "Deir Ezzor". Names and text go through the same fold.
 */

export interface FoldOptions {
  /** Lowercase too, for case-insensitive matching. */
  caseInsensitive?: boolean;
}

export interface FoldedText {
  folded: string;
  /**
   * `toOriginal[i]` is the index in the original text of folded char i, plus a
   * final slot holding the text's length, so that a match's end maps too.
   */
  toOriginal: Int32Array;
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u201b', '\u02bc', '\u2032', '\uff07']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
/** Invisible characters that never change a word: soft hyphen, zero-width space, word joiner, BOM. */
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u2060', '\ufeff']);
const SPACE = 0x20;

/** How one code point folds; cached, since text repeats the same few hundred characters. */
interface FoldedChar {
  value: string;
  /** A combining mark: dropped after a Latin letter, whose accents we strip. */
  isMark: boolean;
  isLatin: boolean;
}

function foldCodePoint(char: string, lowercase: boolean): FoldedChar {
  if (APOSTROPHES.has(char)) return { value: "'", isMark: false, isLatin: false };
  if (DASHES.has(char)) return { value: '-', isMark: false, isLatin: false };
  if (INVISIBLE.has(char)) return { value: '', isMark: false, isLatin: false };
  if (/\s/u.test(char)) return { value: ' ', isMark: false, isLatin: false };
  if (/\p{M}/u.test(char)) return { value: char, isMark: true, isLatin: false };
  const cased = lowercase ? char.toLowerCase() : char;
  // Accents go from Latin letters only (é→e, Ş→S, ā→a); in other scripts a
  // mark can be a letter's identity (й, Devanagari vowel signs), so it stays.
  if (/\p{Script=Latin}/u.test(char)) return { value: cased.normalize('NFD').replace(/\p{M}/gu, ''), isMark: false, isLatin: true };
  return { value: cased, isMark: false, isLatin: false };
}

const caches = { cased: new Map<number, FoldedChar>(), lowercase: new Map<number, FoldedChar>() };

function foldedChar(codePoint: number, lowercase: boolean): FoldedChar {
  const cache = lowercase ? caches.lowercase : caches.cased;
  let folded = cache.get(codePoint);
  if (!folded) cache.set(codePoint, (folded = foldCodePoint(String.fromCodePoint(codePoint), lowercase)));
  return folded;
}

/** How each ASCII character folds: whitespace to a space, and lowercased if need be. */
const ASCII_CASED = Uint16Array.from({ length: 0x80 }, (_, code) => (code >= 0x09 && code <= 0x0d ? SPACE : code));
const ASCII_LOWERCASE = ASCII_CASED.map((code) => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code));
const ASCII_LETTERS = Uint8Array.from({ length: 0x80 }, (_, code) => Number(/[A-Za-z]/.test(String.fromCharCode(code))));

/**
 * Folds apostrophes to `'`, dashes to `-`, every whitespace run to one space,
 * strips accents from Latin letters and drops invisible characters. Case is
 * kept unless `caseInsensitive`.
 */
export function foldText(text: string, options: FoldOptions = {}): FoldedText {
  const lowercase = options.caseInsensitive ?? false;
  const ascii = lowercase ? ASCII_LOWERCASE : ASCII_CASED;
  const out = new FoldBuffer(text.length);
  let afterLatin = false;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // ASCII, most of any article: one lookup.
      out.push(ascii[code]!, index);
      afterLatin = ASCII_LETTERS[code] === 1;
      index += 1;
      continue;
    }
    const codePoint = text.codePointAt(index)!;
    const folded = foldedChar(codePoint, lowercase);
    if (!(folded.isMark && afterLatin)) {
      for (let k = 0; k < folded.value.length; k++) out.push(folded.value.charCodeAt(k), index);
    }
    if (!folded.isMark) afterLatin = folded.isLatin;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return out.finish(text.length);
}

/** Folded code units and their origins, in typed arrays: an article is folded on every match. */
class FoldBuffer {
  #codes: Uint16Array;
  #toOriginal: Int32Array;
  #length = 0;

  constructor(capacity: number) {
    this.#codes = new Uint16Array(capacity);
    this.#toOriginal = new Int32Array(capacity + 1);
  }

  push(code: number, originalIndex: number): void {
    if (code === SPACE && this.#length > 0 && this.#codes[this.#length - 1] === SPACE) return; // one space per whitespace run
    if (this.#length === this.#codes.length) this.#grow();
    this.#codes[this.#length] = code;
    this.#toOriginal[this.#length++] = originalIndex;
  }

  /** Rarely needed: only a few characters fold to more than one code unit. */
  #grow(): void {
    const codes = new Uint16Array(this.#codes.length * 2 + 8);
    const toOriginal = new Int32Array(codes.length + 1);
    codes.set(this.#codes);
    toOriginal.set(this.#toOriginal);
    this.#codes = codes;
    this.#toOriginal = toOriginal;
  }

  finish(originalLength: number): FoldedText {
    this.#toOriginal[this.#length] = originalLength;
    return { folded: fromCharCodes(this.#codes.subarray(0, this.#length)), toOriginal: this.#toOriginal.subarray(0, this.#length + 1) };
  }
}

/** Lone surrogates, never valid text, become U+FFFD: still one code unit, so offsets hold. */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function fromCharCodes(codes: Uint16Array): string {
  return utf16.decode(codes);
}
