import { counted } from '../counted.ts';
/**
 * Teachers cite paragraphs in questions as "¶3", "¶3–5", "¶¶3–5", "¶3, 7",
 * "paragraph 4" or "paragraphs 4 and 6". Each pilcrow or "paragraph(s)"
 * starts a reference, so "¶3–5 and ¶9" is two; the numbers after one, joined
 * by commas, "and", "or" or "&", belong to it.
 *
 * A unit spans several articles, numbered in its order as "Text 1",
 * "Text 2"…, so a unit's questions name the text first: "Text 1 ¶3–5",
 * "Text 2, paragraph 4", or "Text 2" alone for the whole article.
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

/** A reference in a unit's question: "Text 1 ¶3–5", "Text 2", or a bare "¶3". */
export interface UnitRef {
  /** Offsets of the reference in the text, [start, end), "Text N" included. */
  start: number;
  end: number;
  /** Which of the unit's articles, from 1 ("Text 2" is 2); undefined for a bare "¶3". */
  text: number | undefined;
  /** Each paragraph cited, ascending, once; none for "Text 2" alone. */
  paragraphs: number[];
  /** The reference as the site shows it: "Text 1 ¶3–5", "Text 2", "¶3". */
  label: string;
}

/** What teachers call the unit's article number `n` (from 1): "Text 2". */
export const textName = (n: number) => `Text ${n}`;

/** A range as written: `to` < `from` if backwards ("¶5–3"). */
interface WrittenRange {
  from: number;
  to: number;
}

interface WrittenRef {
  start: number;
  end: number;
  ranges: WrittenRange[];
}

interface WrittenUnitRef {
  start: number;
  end: number;
  text: number | undefined;
  paragraphs: WrittenRef | undefined;
}

const NUMBER_OR_RANGE = String.raw`\d+(?:\s*[-‐‑‒–—]\s*\d+)?`;
const JOINER = String.raw`(?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or)\s+|\s*&\s*)`;
/** A reference ends before a letter or digit: "paragraph 4th" or "¶3a" is none. */
const REFERENCE = new RegExp(String.raw`(?:¶¶?|\bparagraphs?\b)\s*${NUMBER_OR_RANGE}(?:${JOINER}${NUMBER_OR_RANGE})*(?![\p{L}\p{N}])`, 'giu');
const RANGE = /(\d+)(?:\s*[-‐‑‒–—]\s*(\d+))?/gu;
/** "Text 2" or "text 2" (mid-sentence); not "Texts", "context 2" or "Text 2b". */
const TEXT = /\b[Tt]ext\s+(\d+)(?![\p{L}\p{N}])/gu;
/** What may stand between "Text 2" and its paragraphs: spaces and one comma. */
const TEXT_TO_PARAGRAPHS = /^\s*,?\s*$/u;

/** A longer range is a typo, which the validators report; expanding it could exhaust memory. */
const MAX_EXPANDED = 1000;

function writtenRefs(text: string): WrittenRef[] {
  return [...text.matchAll(REFERENCE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    ranges: [...match[0].matchAll(RANGE)].map(([, from, to]) => ({ from: Number(from), to: Number(to ?? from) })),
  }));
}

/** Each "Text N" with the paragraph reference right after it, if any, and each paragraph reference that follows no "Text N", in order. */
function writtenUnitRefs(text: string): WrittenUnitRef[] {
  const paragraphRefs = writtenRefs(text);
  const claimed = new Set<WrittenRef>();
  const refs: WrittenUnitRef[] = [...text.matchAll(TEXT)].map((match) => {
    const nameEnd = match.index + match[0].length;
    const next = paragraphRefs.find((ref) => ref.start >= nameEnd);
    const paragraphs = next && TEXT_TO_PARAGRAPHS.test(text.slice(nameEnd, next.start)) ? next : undefined;
    if (paragraphs) claimed.add(paragraphs);
    return { start: match.index, end: paragraphs?.end ?? nameEnd, text: Number(match[1]), paragraphs };
  });
  for (const ref of paragraphRefs) if (!claimed.has(ref)) refs.push({ start: ref.start, end: ref.end, text: undefined, paragraphs: ref });
  return refs.sort((a, b) => a.start - b.start);
}

/** The paragraphs a reference cites and its label. A backwards range ("¶5–3") is read as the paragraphs between its ends, for the validators to report. */
function cited(ranges: readonly WrittenRange[]): { paragraphs: number[]; label: string } {
  const merged = mergeRanges(ranges.map(({ from, to }) => ({ from: Math.min(from, to), to: Math.max(from, to) })));
  const paragraphs = merged.flatMap(({ from, to }) => Array.from({ length: Math.min(to - from + 1, MAX_EXPANDED) }, (_, k) => from + k));
  const label = `¶${merged.map(({ from, to }) => (from === to ? `${from}` : `${from}–${to}`)).join(', ')}`;
  return { paragraphs, label };
}

/** Every paragraph reference in `text`, in order. */
export function findParagraphRefs(text: string): ParagraphRef[] {
  return writtenRefs(text).map(({ start, end, ranges }) => ({ start, end, ...cited(ranges) }));
}

/** Every reference in a unit's question, in order: "Text N" with or without paragraphs, and bare paragraph references. */
export function findUnitRefs(text: string): UnitRef[] {
  return writtenUnitRefs(text).map(({ start, end, text: number, paragraphs }) => {
    const { paragraphs: numbers, label } = paragraphs ? cited(paragraphs.ranges) : { paragraphs: [], label: '' };
    const name = number === undefined ? '' : textName(number);
    return { start, end, text: number, paragraphs: numbers, label: [name, label].filter(Boolean).join(' ') };
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
  for (const ref of writtenRefs(text)) {
    const problem = rangesProblem(text, ref, ref, paragraphCount);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The first problem with the references in a unit's question, as a message
 * for the teacher; `paragraphCounts` are the unit's articles' paragraph
 * counts, in its order (Text 1 first). A bare "¶3" must name its text,
 * unless the unit has one article.
 */
export function validateUnitRefs(text: string, paragraphCounts: readonly number[]): string | undefined {
  const articles = paragraphCounts.length;
  for (const ref of writtenUnitRefs(text)) {
    const written = text.slice(ref.start, ref.end);
    if (ref.text === undefined) {
      if (articles !== 1) return `“${written}” does not say which article: name the text first, as in “${textName(1)} ${written}” (the unit’s articles are ${textRange(articles)}, in the order of "articles")`;
      const problem = rangesProblem(text, ref, ref.paragraphs!, paragraphCounts[0]!);
      if (problem) return problem;
      continue;
    }
    if (ref.text === 0) return `${textName(0)} does not exist: texts are numbered from 1, in the order of "articles"`;
    if (ref.text > articles) return `${textName(ref.text)} does not exist: the unit has ${counted(articles, 'article')}, ${textRange(articles)}`;
    if (ref.paragraphs) {
      const problem = rangesProblem(text, ref, ref.paragraphs, paragraphCounts[ref.text - 1]!, textName(ref.text));
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * The first problem with one reference's paragraphs, in an article of
 * `paragraphCount` paragraphs that the message calls `textName` if given
 * ("Text 2 ¶23 does not exist: Text 2 has 22 paragraphs").
 */
function rangesProblem(text: string, whole: { start: number; end: number }, paragraphs: WrittenRef, paragraphCount: number, name?: string): string | undefined {
  const cite = (named: string) => (name ? `${name} ${named}` : named);
  /** " (in “Text 2, paragraphs 10–14”)", when the teacher wrote more than what the message names. */
  const within = (named: string) => (text.slice(paragraphs.start, paragraphs.end).replace(/\s+/gu, '') === named ? '' : ` (in “${text.slice(whole.start, whole.end)}”)`);
  for (const { from, to } of paragraphs.ranges) {
    if (to < from) return `${cite(`¶${from}–${to}`)} runs backwards: write ${cite(`¶${to}–${from}`)}${within(`¶${from}–${to}`)}`;
    if (from === 0) return `${cite('¶0')} does not exist: paragraphs are numbered from 1${within('¶0')}`;
    if (to > paragraphCount) {
      const missing = Math.max(from, paragraphCount + 1);
      return `${cite(`¶${missing}`)} does not exist: ${name ?? 'the article'} has ${paragraphCount === 0 ? 'no paragraphs' : counted(paragraphCount, 'paragraph')}${within(`¶${missing}`)}`;
    }
  }
  return undefined;
}

/** "Text 1", "Text 1 and Text 2", "Text 1 to Text 4". */
function textRange(articles: number): string {
  if (articles <= 1) return textName(1);
  return `${textName(1)} ${articles === 2 ? 'and' : 'to'} ${textName(articles)}`;
}

