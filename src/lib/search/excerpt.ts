/** A piece of a search excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Punctuation (and spaces) at either end of a match: Pagefind marks "Kerry," with its comma. */
const LEADING = /^[^\p{L}\p{N}]+/u;
const TRAILING = /[^\p{L}\p{N}]+$/u;

/**
 * Moves punctuation at the ends of each mark out of it, so a highlight covers
 * the word only; neighbouring plain parts are joined.
 */
export function tidyExcerptMarks(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else out.push({ text, marked });
  };
  for (const part of parts) {
    if (!part.marked) {
      push(part.text, false);
      continue;
    }
    const before = LEADING.exec(part.text)?.[0] ?? '';
    const rest = part.text.slice(before.length);
    const after = TRAILING.exec(rest)?.[0] ?? '';
    push(before, false);
    push(rest.slice(0, rest.length - after.length), true);
    push(after, false);
  }
  return out;
}
