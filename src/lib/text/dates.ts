/**
 * A publication date is a calendar day, not an instant. Gloss has one type for
 * it, `CalendarDay`: a Date at midnight UTC, made only by `parseCalendarDay`
 * and formatted only in UTC, so no machine's time zone can move it a day.
 */
export type CalendarDay = Date;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `YYYY-MM-DD` (a string, or a YAML date, which arrives as midnight UTC), or
 * undefined for anything else: other formats, numbers, impossible days ("2016-02-30").
 */
export function parseCalendarDay(value: unknown): CalendarDay | undefined {
  if (value instanceof Date) return isoDayOrUndefined(value) && value.getTime() % MS_PER_DAY === 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const parts = ISO_DAY.exec(value);
  if (!parts) return undefined;
  const day = new Date(0);
  day.setUTCFullYear(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  // Date rolls 30 February over into March: a day that does not exist does not round-trip.
  return isoDayOrUndefined(day) === value ? day : undefined;
}

const MS_PER_DAY = 86_400_000;

function isoDayOrUndefined(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : isoDay(date);
}

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatLongDate(date: CalendarDay): string {
  return longDate.format(date);
}

export function formatShortDate(date: CalendarDay): string {
  return shortDate.format(date);
}

/** yyyy-mm-dd, for <time datetime>. */
export function isoDay(date: CalendarDay): string {
  return date.toISOString().slice(0, 10);
}
