/**
 * Where a student's highlight sits: the paragraph's id (`p7`), the quoted
 * words with a little of the text either side, and their position within that
 * paragraph's text. A later fix to the article moves positions; the quote and
 * its context find the words again. Words that are gone leave the highlight
 * unplaced (listed, never dropped).
 */

/** How much text either side of a quote is kept, as Hypothesis and the Web Annotation model's examples do. */
export const CONTEXT_CHARS = 32;

export interface Anchor {
  /** The paragraph's id, `p7` for ¶7. */
  paragraph: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets into the paragraph's text (its ¶ number left out), end exclusive. */
  start: number;
  end: number;
}

/** A quote found again: the paragraph it is in now, and where. */
export interface Placement {
  paragraph: string;
  start: number;
  end: number;
}

/** The anchor of `text.slice(start, end)` in paragraph `paragraph`. */
export function anchorOf(paragraph: string, text: string, start: number, end: number): Anchor {
  if (!(start >= 0 && end <= text.length && start < end)) throw new RangeError(`No text between ${start} and ${end} in a paragraph of ${text.length} characters`);
  return {
    paragraph,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** How many characters of `a` and `b` agree, counted from their ends (`fromEnd`) or their starts. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n += 1;
  return n;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

interface Candidate extends Placement {
  /** Characters of the stored prefix and suffix that match here. */
  context: number;
  /** How far from the stored position (any paragraph but the anchor's own counts as far). */
  distance: number;
}

/**
 * Finds the anchor's words in the article's paragraphs (id → text, in order).
 * Unchanged text: the stored position. Otherwise the occurrence whose context
 * agrees most, nearest the stored position, in its own paragraph first; then
 * in any paragraph (a paragraph added above renumbers the rest). Undefined if
 * the words are nowhere.
 */
export function locate(anchor: Anchor, paragraphs: ReadonlyMap<string, string>): Placement | undefined {
  const own = paragraphs.get(anchor.paragraph);
  if (own !== undefined && own.slice(anchor.start, anchor.end) === anchor.exact) {
    return { paragraph: anchor.paragraph, start: anchor.start, end: anchor.end };
  }
  if (anchor.exact.length === 0) return undefined;
  const candidates: Candidate[] = [];
  for (const [paragraph, text] of paragraphs) {
    for (const start of occurrences(text, anchor.exact)) {
      const end = start + anchor.exact.length;
      const context = agreement(text.slice(0, start), anchor.prefix, true) + agreement(text.slice(end), anchor.suffix, false);
      const distance = paragraph === anchor.paragraph ? Math.abs(start - anchor.start) : Number.MAX_SAFE_INTEGER;
      candidates.push({ paragraph, start, end, context, distance });
    }
  }
  if (candidates.length === 0) return undefined;
  // Its own paragraph wins over another unless the other's context agrees clearly better.
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
  return { paragraph: best.paragraph, start: best.start, end: best.end };
}

function score(candidate: Candidate): number {
  const ownParagraph = candidate.distance !== Number.MAX_SAFE_INTEGER;
  return candidate.context * 4 + (ownParagraph ? CONTEXT_CHARS * 2 : 0) - Math.min(candidate.distance, 10_000) / 10_000;
}

/** Trims whitespace off a selection's ends, so a double-clicked word's trailing space is not part of the quote. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
