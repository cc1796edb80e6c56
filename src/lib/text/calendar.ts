/**
 * Calendar arithmetic for the timeline, on UTC days counted from 1970-01-01:
 * stepping by days and finding weekdays is then plain arithmetic, and no time
 * zone or daylight-saving hour can move a date.
 */

import { isoDay } from './dates.ts';

export type Precision = 'day' | 'month' | 'year';

/** A date as the text gives it: "2016-09-17", "2016-07" or "2011". */
export interface CalendarDate {
  date: string;
  precision: Precision;
}

/** Which way a reference without a year or week ("Saturday", "July 7") points from publication. */
export type Direction = 'back' | 'forward';

const MS_PER_DAY = 86_400_000;

/** The UTC day of an instant. */
export const dayNumber = (date: Date): number => Math.floor(date.getTime() / MS_PER_DAY);

export const dayOf = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;

export const dateOfDay = (day: number): Date => new Date(day * MS_PER_DAY);

/** 0 for Sunday, as chrono and Date number them; 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

export function partsOf(day: number): { year: number; month: number; day: number } {
  const date = dateOfDay(day);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** ISO strings, so that sorting them as text sorts them in time (a month before its days). */
export const yearDate = (year: number): CalendarDate => ({ date: pad(year, 4), precision: 'year' });
export const monthDate = (year: number, month: number): CalendarDate => ({ date: `${pad(year, 4)}-${pad(month, 2)}`, precision: 'month' });
export const dayDate = (day: number): CalendarDate => ({ date: isoDay(dateOfDay(day)), precision: 'day' });

/**
 * The `weekday` nearest `from` in `direction`, `from` itself included unless
 * `strict`: "Saturday" in a Monday paper is two days back, "Monday" is the day.
 */
export function weekdayNear(from: number, weekday: number, direction: Direction, strict: boolean): number {
  const gap = direction === 'back' ? (weekdayOf(from) - weekday + 7) % 7 : (weekday - weekdayOf(from) + 7) % 7;
  const days = strict && gap === 0 ? 7 : gap;
  return direction === 'back' ? from - days : from + days;
}

/**
 * The year of a month (and day) written without one: the latest on or before
 * `from`, or looking forward the earliest on or after it. "July 7" in a
 * September paper is this July; "October" is last October unless it looks ahead.
 */
export function yearFor(from: number, month: number, day: number | null, direction: Direction): number {
  const reference = partsOf(from);
  const order = month - reference.month || (day === null ? 0 : day - reference.day);
  if (direction === 'back') return order <= 0 ? reference.year : reference.year - 1;
  return order >= 0 ? reference.year : reference.year + 1;
}

/** The month `by` months from `from`'s (negative for earlier). */
export function monthFrom(from: number, by: number): CalendarDate {
  const { year, month } = partsOf(from);
  const index = year * 12 + month - 1 + by;
  return monthDate(Math.floor(index / 12), (index % 12) + 1);
}

/** The Monday of `from`'s week, or of the week `weeks` later (negative for earlier). */
export const mondayOf = (from: number, weeks = 0): number => from - ((weekdayOf(from) + 6) % 7) + 7 * weeks;

/**
 * The finest of day, month or year that holds every day from `first` to
 * `last`: how a span ("last week") becomes a date without false precision.
 * Null when the span crosses a year.
 */
export function spanDate(first: number, last: number): CalendarDate | null {
  if (first === last) return dayDate(first);
  const a = partsOf(first);
  const b = partsOf(last);
  if (a.year !== b.year) return null;
  return a.month === b.month ? monthDate(a.year, a.month) : yearDate(a.year);
}
