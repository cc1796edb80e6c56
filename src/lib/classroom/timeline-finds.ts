import * as chrono from 'chrono-node';
import { dateOfDay, type Direction } from '../text/calendar.ts';
import { MONTH_ABBREVIATION_PATTERN, MONTH_NAME_PATTERN } from '../text/months.ts';
import { findYears, resolveFind, type ResolvedDate } from './timeline-phrases.ts';

/** Words of a sentence that may give a date, and how to read them. */
export interface Find {
  index: number;
  /** As written, without chrono's "on"/"at" before or comma after: "on Saturday," gives "Saturday". */
  text: string;
  /** The date, a date without week or year read in `direction` from the UTC day `from`; null when it is no date. */
  resolve: (direction: Direction, from: number) => ResolvedDate | null;
}

/**
 * A number chrono took into a date: news copy writes neither "July, 20" nor
 * "Saturday, 20" nor two-digit years, so in "On Saturday, 62 soldiers", "In
 * July, 20 people" or "On July 7, 20 people" the number is a count, not the
 * hour, day or year chrono made of it. Kept: a day after its month ("Sept.
 * 12") and a year after a comma ("July 7, 2016").
 */
const TRAILING_NUMBER = /(,\s*|\s+)(\d[\d,]*)$/u;
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_NAME_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\.?$`, 'u');

function strayNumber(text: string): { start: number; end: number } | null {
  const match = TRAILING_NUMBER.exec(text);
  if (!match) return null;
  const [whole, separator, number] = match as unknown as [string, string, string];
  const isYear = separator.includes(',') && /^\d{4}$/u.test(number);
  const isDay = !separator.includes(',') && MONTH_BEFORE.test(text.slice(0, match.index));
  if (isYear || isDay) return null;
  return { start: match.index + whole.length - number.length, end: text.length };
}

/** chrono's results for `text`, with stray numbers blanked out (offsets kept) and the text read again; and the text as read. */
function parseDates(text: string, published: number): { results: chrono.ParsedResult[]; read: string } {
  const reference = { instant: dateOfDay(published), timezone: 'UTC' };
  let read = text;
  for (;;) {
    const results = chrono.parse(read, reference, { forwardDate: false });
    let blanked = read;
    for (const result of results) {
      const stray = strayNumber(result.text);
      if (stray) blanked = blanked.slice(0, result.index + stray.start) + ' '.repeat(stray.end - stray.start) + blanked.slice(result.index + stray.end);
    }
    // Each pass blanks at least one digit, so this ends.
    if (blanked === read) return { results, read };
    read = blanked;
  }
}

/**
 * chrono's finds in a sentence and the bare years it misses, in reading
 * order; a year inside one of chrono's finds ("Sept. 9, 2016") is not found
 * twice. chrono reads one sentence at a time: given a paragraph, it merges
 * dates across a full stop ("issued last week. This week …" became one find).
 */
export function findsIn(sentence: string, published: number): Find[] {
  const { results, read } = parseDates(sentence, published);
  const finds: Find[] = results.map((result) => {
    const lead = /^(?:(?:on|at)\s+)?/iu.exec(result.text)?.[0].length ?? 0;
    const text = result.text.slice(lead).replace(/[\s,;:]+$/u, '');
    return { index: result.index + lead, text, resolve: (direction, from) => resolveFind(text, result.start, published, direction, from) };
  });
  const inChrono = (index: number) => results.some((result) => index >= result.index && index < result.index + result.text.length);
  for (const year of findYears(read)) {
    if (!inChrono(year.index)) finds.push({ index: year.index, text: year.text, resolve: () => year.date });
  }
  return finds.sort((a, b) => a.index - b.index);
}
