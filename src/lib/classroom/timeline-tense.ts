/**
 * Whether a date written without its week or year ("Tuesday", "July 7") points
 * forward from publication. News copy mostly reports what happened, so the
 * default is back; a future marker before the date in its own clause turns it
 * ("will meet on Tuesday", "is supposed to end at midnight Sunday", "the
 * talks, which are to resume Tuesday"). A marker after the date does not
 * ("Kerry said Tuesday he will travel": the saying was Tuesday), except when
 * the date opens the sentence and the tense follows it ("On Tuesday, the
 * council will meet").
 *
 * Not read as markers: "would" (reported speech, but also the conditional),
 * past schedules ("was to", "was supposed to"), which point back, and "is
 * due to", mostly a cause ("due to fighting") in news copy.
 */

const FUTURE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:will|won[’']t|shall|next|upcoming)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:is|are|am)\s+(?:(?:not|also|still|now)\s+)?(?:(?:supposed|expected|scheduled|set|slated|poised|going|planning|preparing|about)\s+)?to(?!\p{L})`,
    // "The vote is due Tuesday", but not "the delay is due to fighting Saturday".
    String.raw`(?<!\p{L})(?:is|are)\s+due(?!\p{L})(?!\s+to(?!\p{L}))`,
    String.raw`(?<!\p{L})(?:plans?|intends?|aims?)\s+to(?!\p{L})`,
    String.raw`\p{L}[’']ll(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** What ends a clause; hyphens do not ("U.S.-backed"). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014“”"«»]/u;
/** Words that may come before a date opening a sentence ("On Tuesday, …", "Late Sunday …"). */
const OPENING = /^\s*(?:(?:on|by|until|from|early|late|starting|beginning|and|but|then)\s+)*$/iu;

function lastBreakBefore(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return 0;
}

function clauseFrom(text: string, index: number): string {
  let from = index;
  while (from < text.length && (CLAUSE_BREAK.test(text[from]!) || /\s/u.test(text[from]!))) from++;
  let to = from;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** Whether the date at [start, end) of `sentence` looks forward from publication. */
export function looksForward(sentence: string, start: number, end: number): boolean {
  if (FUTURE.test(sentence.slice(lastBreakBefore(sentence, start), start))) return true;
  return OPENING.test(sentence.slice(0, start)) && FUTURE.test(clauseFrom(sentence, end));
}
