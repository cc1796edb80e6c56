import type { ParsedComponents } from 'chrono-node';
import { dayDate, dayOf, monthDate, mondayOf, monthFrom, partsOf, spanDate, weekdayNear, yearDate, yearFor, type CalendarDate, type Direction } from '../text/calendar.ts';
import { MONTH_ABBREVIATION_PATTERN, MONTH_NAME_PATTERN } from '../text/months.ts';

/**
 * Which of chrono's finds are dates, and which date. chrono reads far more
 * than a timeline wants: durations ("for seven days", "within 48 hours"),
 * dates relative to another event ("two days later"), "now", times alone,
 * lowercase words ("sat down", "the sun", "march on") and "9/11". So this is
 * a whitelist, of forms whose meaning is settled by the publication day;
 * anything else is dropped.
 */

export interface ResolvedDate extends CalendarDate {
  /** Worked out from publication ("Saturday"), not written out ("July 7"). */
  relative: boolean;
}

/** A month by name, capitalised, or by the abbreviations news copy uses before a day ("Sept. 9", "Aug 5"). */
const MONTH_NAME = new RegExp(
  String.raw`\b(?:(?:${MONTH_NAME_PATTERN})\b|(?:${MONTH_ABBREVIATION_PATTERN})\b\.?(?=\s*\d))`,
  'u',
);
/** A weekday by its full, capitalised name: "Sun" and "Sat" are mostly not days. */
const WEEKDAY_NAME = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u;
/** An ISO date written out ("2016-07-01"). */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/u;

const PART_OF_DAY = String.raw`(?: (?:morning|afternoon|evening|night))?`;
const ON_THE_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/u;
const DAY_BEFORE = new RegExp(String.raw`^(?:yesterday${PART_OF_DAY}|last night)$`, 'u');
const DAY_AFTER = new RegExp(String.raw`^tomorrow${PART_OF_DAY}$`, 'u');
const AGO = /^(\S+) (day|week|month|year)s? ago$/u;
const NAMED_SPAN = /^(last|this|next) (week|month|year)$/u;

/** Counts as words; vague ones ("a few", "several") are left out: they give no date. */
const COUNTS = new Map(
  Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 }),
);

function count(word: string): number | null {
  if (/^\d+$/u.test(word)) return Number(word);
  return COUNTS.get(word) ?? null;
}

/** A calendar date by month name, its year inferred from the day `from` when not written. */
function calendarDate(start: ParsedComponents, from: number, direction: Direction): ResolvedDate | null {
  const month = start.get('month');
  const day = start.isCertain('day') ? start.get('day') : null;
  if (month === null) return null;
  const year = start.isCertain('year') ? start.get('year') : yearFor(from, month, day, direction);
  if (year === null) return null;
  const date = day === null ? monthDate(year, month) : dayDate(dayOf(year, month, day));
  return { ...date, relative: false };
}

/**
 * A weekday: "last" and "past" mean strictly before the day `from`, "next"
 * strictly after, and a bare one the nearest in `direction`, `from` included
 * ("Monday" in a Monday paper is that Monday). chrono would pick the nearest
 * either way, so "Tuesday" in a Monday paper would be the next day.
 */
function weekdayDate(text: string, start: ParsedComponents, from: number, direction: Direction): ResolvedDate | null {
  const weekday = start.get('weekday');
  if (weekday === null) return null;
  const lower = text.toLowerCase();
  const day = /\b(?:last|past)\b/u.test(lower)
    ? weekdayNear(from, weekday, 'back', true)
    : /\bnext\b/u.test(lower)
      ? weekdayNear(from, weekday, 'forward', true)
      : weekdayNear(from, weekday, direction, false);
  return { ...dayDate(day), relative: true };
}

/**
 * "yesterday", "two days ago", "last week", "this year". A week is no day, so
 * week phrases become the month that holds the whole week, or nothing when
 * the week crosses a month. So does "a week ago", loose in news copy: the
 * pact "brokered just a week ago" in a 19 September article was announced on
 * the 9th.
 */
function relativePhrase(text: string, published: number): ResolvedDate | null {
  const phrase = text.toLowerCase().replace(/\s+/gu, ' ');
  const relative = (date: CalendarDate | null) => (date ? { ...date, relative: true } : null);
  const { year } = partsOf(published);
  if (ON_THE_DAY.test(phrase)) return relative(dayDate(published));
  if (DAY_BEFORE.test(phrase)) return relative(dayDate(published - 1));
  if (DAY_AFTER.test(phrase)) return relative(dayDate(published + 1));
  const ago = AGO.exec(phrase);
  if (ago) {
    const n = count(ago[1]!);
    if (n === null) return null;
    switch (ago[2]) {
      case 'day':
        return relative(dayDate(published - n));
      case 'week':
        return relative(monthOfWeek(published - 7 * n - 3, published - 7 * n + 3));
      case 'month':
        return relative(monthFrom(published, -n));
      default:
        return relative(yearDate(year - n));
    }
  }
  const span = NAMED_SPAN.exec(phrase);
  if (span) {
    const step = span[1] === 'last' ? -1 : span[1] === 'next' ? 1 : 0;
    if (span[2] === 'week') return relative(monthOfWeek(mondayOf(published, step), mondayOf(published, step) + 6));
    if (span[2] === 'month') return relative(monthFrom(published, step));
    return relative(yearDate(year + step));
  }
  return null;
}

/** A week as its month; a week across two months gives nothing rather than a year. */
function monthOfWeek(first: number, last: number): CalendarDate | null {
  const date = spanDate(first, last);
  return date?.precision === 'year' ? null : date;
}

/**
 * The date chrono's find `text` names, or null when it names none the
 * timeline can place. A date without week or year points in `direction` from
 * the UTC day `from`: publication, or when its speaker spoke (see tenseOf).
 * Relative phrases ("yesterday", "next week") are the writer's words, so
 * they are read from the day of `published`.
 */
export function resolveFind(text: string, start: ParsedComponents, published: number, direction: Direction, from: number): ResolvedDate | null {
  if (start.isCertain('month') && (MONTH_NAME.test(text) || ISO_DATE.test(text))) return calendarDate(start, from, direction);
  if (start.isCertain('weekday') && !start.isCertain('day') && WEEKDAY_NAME.test(text)) return weekdayDate(text, start, from, direction);
  return relativePhrase(text, published);
}

/**
 * Years chrono leaves alone ("since it erupted in 2011", "the 2011 uprising").
 * News style writes other numbers of four digits with a comma ("2,000"), so a
 * bare 19xx or 20xx is taken as a year, unless it is a decade ("1990s"), part
 * of a name or code ("F-1900", "Resolution 2042"), an amount ("$2000", "2000%")
 * or a time ("1900 GMT").
 */
const YEAR = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}$€£#.,]|\p{Lu}-)`,
    String.raw`(?<!(?:No\.|Resolution|resolution|Flight|flight|Route|route|number|Number)\s+)`,
    String.raw`(?:19|20)\d\d`,
    String.raw`(?![\p{L}\p{N}%]|[.,]\d|[’']?s\b|\s*(?:GMT|UTC|GST|hours|hrs)\b)`,
  ].join(''),
  'gu',
);

export interface YearFind {
  index: number;
  text: string;
  date: ResolvedDate;
}

export function findYears(text: string): YearFind[] {
  return [...text.matchAll(YEAR)].map((match) => ({
    index: match.index,
    text: match[0],
    date: { ...yearDate(Number(match[0])), relative: false },
  }));
}
