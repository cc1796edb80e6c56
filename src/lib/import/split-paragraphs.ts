import { sentenceRanges } from '../text/sentences.ts';

/**
 * A paste that lost its line breaks holds the whole article on one line.
 * It is split back into paragraphs at sentence boundaries the way news is
 * written: one to three sentences a paragraph, a new one once a paragraph
 * has two sentences and a few lines, never inside a quotation (a quote that
 * runs over several sentences stays whole, with its attribution), and never
 * before a sentence that starts in lower case (a break the sentence
 * segmenter made inside one).
 *
 * Which paragraphs are split: any over RUN_ON characters (news paragraphs are
 * rarely half that), and the only paragraph of a paste over ONE_LINE
 * characters (a whole article on one line). A shorter paragraph, or one with
 * fewer than MIN_SENTENCES sentences, is kept as it came.
 */
export const RUN_ON = 1200;
export const ONE_LINE = 600;
const MIN_SENTENCES = 4;
/** A paragraph of two sentences is closed once it is this long; one of three, always. */
const CLOSE_AT = 250;
const MAX_SENTENCES = 3;
const MAX_LENGTH = 450;

/** Whether a text has a quotation still open at its end. */
function opensQuote(text: string): boolean {
  const straight = (text.match(/"/gu) ?? []).length;
  const opened = (text.match(/“/gu) ?? []).length;
  const closed = (text.match(/”/gu) ?? []).length;
  return straight % 2 === 1 || opened > closed;
}

/** The text's sentences, with those that must not be parted (an open quote, a lower-case start) joined. */
function sentences(text: string): string[] {
  const parts: string[] = [];
  for (const [start, end] of sentenceRanges(text)) {
    const sentence = text.slice(start, end).trim();
    if (!sentence) continue;
    const last = parts.at(-1);
    if (last !== undefined && (opensQuote(last) || /^[\p{Ll}(,;:)”’]/u.test(sentence))) parts[parts.length - 1] = `${last} ${sentence}`;
    else parts.push(sentence);
  }
  return parts;
}

/** Whether a paragraph should be split: see the module's comment. */
export function shouldSplit(paragraph: string, isOnlyParagraph: boolean): boolean {
  return paragraph.length > RUN_ON || (isOnlyParagraph && paragraph.length > ONE_LINE);
}

/** The paragraph as news paragraphs; the paragraph itself when it has too few sentences to part. */
export function splitIntoParagraphs(paragraph: string): string[] {
  const parts = sentences(paragraph);
  if (parts.length < MIN_SENTENCES) return [paragraph];
  const paragraphs: string[][] = [];
  for (const sentence of parts) {
    const current = paragraphs.at(-1);
    const length = current?.join(' ').length ?? 0;
    const full = !current || current.length >= MAX_SENTENCES || (current.length >= 2 && length >= CLOSE_AT) || length + sentence.length > MAX_LENGTH;
    if (full) paragraphs.push([sentence]);
    else current.push(sentence);
  }
  return paragraphs.map((sentencesOfParagraph) => sentencesOfParagraph.join(' '));
}
