/**
 * Whether consecutive lines of one block are a single hard-wrapped paragraph
 * (text from an e-mail or a PDF, broken at a fixed width) rather than
 * paragraphs pasted one a line, as text copied from a web page is.
 *
 * Wrapped text has a signature: each line broke because the next word did
 * not fit (so a line plus the next line's first word is wider than any
 * line), nothing is wider than a page, and some break falls mid-sentence.
 * Lines pasted from the web are whole paragraphs: long, and ending sentences.
 */

/** Wider than this is a whole paragraph, not a wrapped line. */
const MAX_WIDTH = 100;
/** Narrower than this is not a width anyone wraps at: a list of short items, say. */
const MIN_WIDTH = 50;
/** Slack for editors that wrap a character or two early. */
const SLACK = 2;

const endsSentence = (line: string) => /[.!?:;"”’)\]]$/u.test(line);
const firstWordLength = (line: string) => line.split(' ', 1)[0]!.length;

export function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const width = Math.max(...lines.map((line) => line.length));
  if (width > MAX_WIDTH || width < MIN_WIDTH) return false;
  const body = lines.slice(0, -1);
  const brokeForLackOfRoom = body.every((line, index) => line.length + 1 + firstWordLength(lines[index + 1]!) > width - SLACK);
  return brokeForLackOfRoom && body.some((line) => !endsSentence(line));
}
