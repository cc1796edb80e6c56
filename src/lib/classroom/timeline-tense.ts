import { blankQuotes, insideQuote, quoteSpans } from './quoted.ts';
import type { Direction } from '../text/calendar.ts';

/**
 * Which way a date written without its week or year ("Tuesday", "July 7")
 * points, and from which day. News copy mostly reports what happened, so the
 * default is back from publication; a future marker before the date in its
 * own clause turns it ("will meet on Tuesday", "is supposed to end at
 * midnight Sunday", "the talks, which are to resume Tuesday"). A marker after
 * the date does not ("Kerry said Tuesday he will travel": the saying was
 * Tuesday), except when the date opens the sentence and the tense follows it,
 * before any reporting verb ("On Tuesday, the council will meet", but not
 * "On Tuesday, Kerry said he will travel").
 *
 * "would" is the future seen from the past in reported speech ("Russia said
 * the truce would take effect Monday"), so it turns the date only when the
 * sentence has a past reporting verb; "would have" never does, and a
 * conditional without a reporting verb ("the U.S. would begin strikes
 * Monday") stays back. Also not read as markers: past schedules ("was to",
 * "was supposed to"), which point back, and "is due to", mostly a cause
 * ("due to fighting") in news copy.
 *
 * A date in someone's words is read from when they spoke: a date in a direct
 * quote, in the quote's own tense ("“We will meet Tuesday,” he said": forward),
 * and a date after reported "would". That is the day the sentence gives for
 * the speaking (spokenDateIndex: "Russia said Saturday the truce would take
 * effect Monday" is the Monday after that Saturday), else publication: news
 * copy reports what was said that day or the day before.
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
/** "would", "would not", "wouldn’t", but not "would (not) have" or "would’ve". */
const WOULD = /(?<!\p{L})would(?:n[’']t)?(?!\p{L})(?!(?:\s+not)?\s+have(?!\p{L})|[’']ve(?!\p{L}))/iu;
/** Past verbs that report speech or a decision: they make a "would" after them the future seen from the past. */
const REPORTED_VERB = String.raw`(?<!\p{L})(?:said|told|announced|agreed|added|stated|promised|pledged|vowed|warned|predicted|insisted|confirmed|declared|decided|wrote|claimed)(?!\p{L})`;
const REPORTED = new RegExp(REPORTED_VERB, 'u');
/** A date that says when the reporting verb next to it happened: "Saturday said", "said Saturday", "told CNN on Sunday", "said in a statement Monday". */
const DATE_THEN_VERB = new RegExp(String.raw`^\s+${REPORTED_VERB}`, 'u');
const VERB_THEN_DATE = new RegExp(
  String.raw`${REPORTED_VERB}\s+(?:(?:reporters|journalists|\p{Lu}[\p{L}.]*|in\s+an?\s+(?:statement|interview))\s+)*(?:(?:on|late|early)\s+)?$`,
  'u',
);
const POSSESSIVE = /^[’']s(?!\p{L})/u;

/** What ends a clause; hyphens do not ("U.S.-backed"). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014“”"«»]/u;
/** What may come before a date opening a sentence or a quote ("On Tuesday, …", "Late Sunday …", "“On Tuesday …"). */
const OPENING = /^[\s“"]*(?:(?:on|by|until|from|early|late|starting|beginning|and|but|then)\s+)*$/iu;

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

/** A clause up to its reporting verb: in "Kerry said he will travel", the future is what Kerry said, not the clause's tense. */
function untilReported(clause: string): string {
  const verb = REPORTED.exec(clause);
  return verb ? clause.slice(0, verb.index) : clause;
}

/**
 * Where the tense of the date at `start` is read, offsets kept: the speaker's
 * own words when it is in a direct quote, else the writer's, the sentence
 * with its quotes blanked out.
 */
function scopeOf(sentence: string, start: number): { text: string; quoted: boolean } {
  const quote = insideQuote(quoteSpans(sentence), start);
  if (!quote) return { text: blankQuotes(sentence), quoted: false };
  const [from, to] = quote;
  return { text: ' '.repeat(from) + sentence.slice(from, to) + ' '.repeat(sentence.length - to), quoted: true };
}

export interface Tense {
  direction: Direction;
  /** Words of a speaker (in a direct quote, or reported after "would"): read from when they spoke, not from publication. */
  spoken: boolean;
}

/** How to read the date at [start, end) of `sentence`. */
export function tenseOf(sentence: string, start: number, end: number): Tense {
  const { text, quoted } = scopeOf(sentence, start);
  const before = text.slice(lastBreakBefore(text, start), start);
  const after = OPENING.test(text.slice(0, start)) ? untilReported(clauseFrom(text, end)) : '';
  const future = FUTURE.test(before) || FUTURE.test(after);
  const futureInPast = REPORTED.test(text) && (WOULD.test(before) || WOULD.test(after));
  return { direction: future || futureInPast ? 'forward' : 'back', spoken: quoted || futureInPast };
}

/**
 * Which of a sentence's dates says when its words were spoken, outside
 * quotes: next to a past reporting verb ("said Saturday", "on Saturday said",
 * "told CNN on Sunday") or opening a sentence whose first clause reports ("On
 * Saturday, Russia said"). -1 for none; "said Saturday’s strike" is none.
 */
export function spokenDateIndex(sentence: string, dates: readonly { index: number; text: string }[]): number {
  const spans = quoteSpans(sentence);
  const blank = blankQuotes(sentence, spans);
  return dates.findIndex(({ index, text }) => {
    const end = index + text.length;
    if (insideQuote(spans, index) || POSSESSIVE.test(blank.slice(end))) return false;
    if (OPENING.test(blank.slice(0, index))) return REPORTED.test(clauseFrom(blank, end));
    return DATE_THEN_VERB.test(blank.slice(end)) || VERB_THEN_DATE.test(blank.slice(0, index));
  });
}
