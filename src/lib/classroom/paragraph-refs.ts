/**
 * Teachers cite paragraphs in questions as "¶3", "¶3–5", "¶¶3–5", "¶3, 7",
 * "paragraph 4" or "paragraphs 4 and 6". Each pilcrow or "paragraph(s)"
 * starts a reference, so "¶3–5 and ¶9" is two; the numbers after one, joined
 * by commas, "and", "or" or "&", belong to it.
 */

export interface ParagraphRef {
  /** Offsets of the reference in the text, [start, end). */
  start: number;
  end: number;
  /** Each paragraph cited, ascending, once. */
  paragraphs: number[];
  /** The reference as the site shows it: "¶3–5", "¶4, 6". */
  label: string;
}

/** A range as written: `to` < `from` if backwards ("¶5–3"). */
interface WrittenRange {
  from: number;
  to: number;
}

const NUMBER_OR_RANGE = String.raw`\d+(?:\s*[-‐‑‒–—]\s*\d+)?`;
const JOINER = String.raw`(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or)\s+|\s*&\s*)`;
/** A reference ends before a letter or digit: "paragraph 4th" or "¶3a" is none. */
const REFERENCE = new RegExp(String.raw`(?:¶¶?|\bparagraphs?\b)\s*${NUMBER_OR_RANGE}(?:${JOINER}${NUMBER_OR_RANGE})*(?![\p{L}\p{N}])`, 'giu');
const RANGE = /(\d+)(?:\s*[-‐‑‒–—]\s*(\d+))?/gu;

/** A longer range is a typo, which validateParagraphRefs reports; expanding it could exhaust memory. */
const MAX_EXPANDED = 1000;

function writtenRefs(text: string): { start: number; end: number; ranges: WrittenRange[] }[] {
  return [...text.matchAll(REFERENCE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    ranges: [...match[0].matchAll(RANGE)].map(([, from, to]) => ({ from: Number(from), to: Number(to ?? from) })),
  }));
}

/**
 * Every paragraph reference in `text`, in order. A backwards range ("¶5–3")
 * is read as the paragraphs between its ends, for validateParagraphRefs to
 * report.
 */
export function findParagraphRefs(text: string): ParagraphRef[] {
  return writtenRefs(text).map(({ start, end, ranges }) => {
    const merged = mergeRanges(ranges.map(({ from, to }) => ({ from: Math.min(from, to), to: Math.max(from, to) })));
    const paragraphs = merged.flatMap(({ from, to }) => Array.from({ length: Math.min(to - from + 1, MAX_EXPANDED) }, (_, k) => from + k));
    const label = `¶${merged.map(({ from, to }) => (from === to ? `${from}` : `${from}–${to}`)).join(', ')}`;
    return { start, end, paragraphs, label };
  });
}

/** Sorted, with overlapping and adjacent ranges joined: 3–4, 5 and 4 make 3–5. */
function mergeRanges(ranges: readonly WrittenRange[]): WrittenRange[] {
  const merged: WrittenRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * The first problem with the references in `text`, for an article of
 * `paragraphCount` paragraphs, as a message for the teacher; undefined if
 * every reference is to a paragraph that exists.
 */
export function validateParagraphRefs(text: string, paragraphCount: number): string | undefined {
  for (const { start, end, ranges } of writtenRefs(text)) {
    const written = text.slice(start, end);
    for (const { from, to } of ranges) {
      if (to < from) return `¶${from}–${to} runs backwards: write ¶${to}–${from}${inReference(written, from, to)}`;
      if (from === 0) return `¶0 does not exist: paragraphs are numbered from 1${inReference(written, 0)}`;
      if (to > paragraphCount) {
        const missing = Math.max(from, paragraphCount + 1);
        return `¶${missing} does not exist: the article has ${paragraphs(paragraphCount)}${inReference(written, missing)}`;
      }
    }
  }
  return undefined;
}

/** " (in “¶10–14”)", when the teacher wrote more than what the message names. */
function inReference(written: string, from: number, to = from): string {
  const named = from === to ? `¶${from}` : `¶${from}–${to}`;
  return written.replace(/\s+/gu, '') === named ? '' : ` (in “${written}”)`;
}

function paragraphs(count: number): string {
  if (count === 0) return 'no paragraphs';
  return count === 1 ? '1 paragraph' : `${count} paragraphs`;
}
