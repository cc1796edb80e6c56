import * as chrono from 'chrono-node';

/**
 * Calendar dates as news pages print them ("September 19, 2016",
 * "Wed 05 Apr 2017", "19 September 2016", "2016-09-19", "24.08.2013",
 * "05-09-2013"), read by chrono-node. Numeric dates are read day first
 * (chrono's en-GB parser): outside the US they are written so, and US pages
 * spell months out; the report shows the date as written, to check. Only
 * dates whose day, month and year are all written count (chrono's
 * `isCertain`): "May 2016", "in 2011" or "SEPTEMBER 19:" cannot date an article.
 */

export interface FoundDate {
  /** yyyy-mm-dd */
  iso: string;
  /** The date as written. */
  text: string;
  /** Where it starts in the text searched. */
  index: number;
}

/** A fixed reference day, so that parsing never depends on when the import runs. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const WEEKDAY_FIRST = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+/iu;

/** yyyy-mm-dd if the parts make a real day in a plausible year. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every full date in the text, in the order they appear. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const { spaced, original } = spacedAfterDigits(text);
  for (const result of chrono.en.GB.parse(spaced, REFERENCE)) {
    const { start } = result;
    if (!isCertainDay(start)) continue;
    const iso = isoDate(start.get('year')!, start.get('month')!, start.get('day')!);
    if (!iso) continue;
    // chrono takes a leading weekday into the date; the date proper starts after it.
    const weekday = WEEKDAY_FIRST.exec(result.text)?.[0] ?? '';
    // A bare number run such as "1457 19.07.2016" must not start mid-number.
    const startInSpaced = result.index + weekday.length;
    const index = original(startInSpaced);
    if (index > 0 && /[\p{L}\p{N}]/u.test(text[index - 1]!)) continue;
    const written = shortestDate(result.text.slice(weekday.length), iso);
    found.push({ iso, text: text.slice(index, original(startInSpaced + written.length - 1) + 1), index });
  }
  return found;
}

/**
 * Pages glue a date to the next word ("21.08.2013Get short URL"), which chrono
 * does not read: a space goes between a digit and a letter, and `original`
 * maps offsets in the spaced text back.
 */
function spacedAfterDigits(text: string): { spaced: string; original: (index: number) => number } {
  const inserted: number[] = [];
  const spaced = text.replace(/(?<=\d)(?=\p{L})/gu, (_, offset: number) => {
    inserted.push(offset + inserted.length);
    return ' ';
  });
  return { spaced, original: (index) => index - inserted.filter((at) => at < index).length };
}

/**
 * chrono may take a time after the date ("September 19, 2016 4:50 PM",
 * "Sun 05 Jul 2015 22"): the date as written is the shortest run of its
 * words that still reads as the same full date.
 */
function shortestDate(text: string, iso: string): string {
  for (const word of text.matchAll(/\S+/gu)) {
    const prefix = text.slice(0, word.index + word[0].length).replace(/[\s,.|–-]+$/u, '');
    const [result] = chrono.en.GB.parse(prefix, REFERENCE);
    const start = result?.start;
    if (start && result.index === 0 && isCertainDay(start) && isoDate(start.get('year')!, start.get('month')!, start.get('day')!) === iso) return prefix;
  }
  return text;
}

const isCertainDay = (start: chrono.ParsedComponents) => start.isCertain('day') && start.isCertain('month') && start.isCertain('year');

const LEAD_IN = String.raw`(?:(?:(?:first\s+)?published|posted|updated|last\s+updated|date\s+of\s+publication)(?:\s+(?:on|at))?\s*:?\s+)?`;
const WEEKDAY = String.raw`(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+)?`;
const TIME = String.raw`(?:\s*(?:,|\||at|-|–)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5}(?:[+-]\d{1,2})?)?)?`;

/** The date a text starts with, after "Published", a weekday and the like: a dateline's date. */
export function dateAtStart(text: string): FoundDate | undefined {
  const lead = new RegExp(`^${LEAD_IN}${WEEKDAY}`, 'iu').exec(text)?.[0] ?? '';
  const first = findDates(text)[0];
  return first && first.index === lead.length ? first : undefined;
}

/** A line that is nothing but a date ("Published September 19, 2016 4:50 PM"): page furniture, not prose. */
export function dateLine(text: string): FoundDate | undefined {
  const date = dateAtStart(text);
  if (!date) return undefined;
  return new RegExp(`^${TIME}[.\\s]*$`, 'iu').test(text.slice(date.index + date.text.length)) ? date : undefined;
}
