/**
 * Calendar dates as news pages print them: "September 19, 2016",
 * "Sept. 9, 2016", "19 September 2016", "Wed 05 Apr 2017", "2016-09-19",
 * "24.08.2013" and "05-09-2013" (day first: numeric dates with dots or
 * dashes are, outside the US, and US pages spell months out; the report
 * shows the date as written, to check). Only full dates count: a
 * month and day without a year ("SEPTEMBER 19:") cannot date an article.
 *
 * Hand-written rather than a date library: the formats are few, and a
 * general parser would also read "May 2016" or "in 2011" as dates, which is
 * exactly what must not become a publication date.
 */

import { MONTH_ABBREVIATION_PATTERN, MONTH_NAME_PATTERN, monthNumber as monthByName } from '../text/months.ts';

export interface FoundDate {
  /** yyyy-mm-dd */
  iso: string;
  /** The date as written. */
  text: string;
  /** Where it starts in the text searched. */
  index: number;
}

const MONTH = String.raw`(${MONTH_NAME_PATTERN}|${MONTH_ABBREVIATION_PATTERN})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})(?!\d)`;

/** Each format, with which capture group holds the year, month and day. */
const FORMATS: { pattern: RegExp; year: number; month: number; day: number }[] = [
  { pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${MONTH}\s+${DAY},?\s+${YEAR}`, 'giu'), year: 3, month: 1, day: 2 },
  { pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY}\s+${MONTH},?\s+${YEAR}`, 'giu'), year: 3, month: 2, day: 1 },
  { pattern: /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?!\d)/gu, year: 1, month: 2, day: 3 },
  { pattern: /(?<![\p{L}\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu, year: 3, month: 2, day: 1 },
  { pattern: /(?<![\p{L}\p{N}-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/gu, year: 3, month: 2, day: 1 },
];

function monthNumber(written: string): number {
  const number = Number(written);
  return Number.isInteger(number) ? number : monthByName(written);
}

/** yyyy-mm-dd if the parts make a real day in a plausible year; February 30th does not. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Every full date in the text, in the order they appear. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { pattern, year, month, day } of FORMATS) {
    for (const match of text.matchAll(pattern)) {
      const iso = isoDate(Number(match[year]), monthNumber(match[month]!), Number(match[day]));
      if (iso) found.push({ iso, text: match[0], index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

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
