/**
 * English month names, once for every tool that reads or writes them: the
 * citations, the importer's date finder, the timeline and the glossary's
 * coverage check.
 */

/** Index 0 is January. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The abbreviations news copy writes ("Sept. 9", "Aug 5"); May has none. "Sept" before "Sep", so the longer one is tried first. */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Regular-expression alternatives, for building patterns: `January|February|…`. */
export const MONTH_NAME_PATTERN = MONTH_NAMES.join('|');
/** `Jan|Feb|…|Sept|Sep|…`, without the dot. */
export const MONTH_ABBREVIATION_PATTERN = MONTH_ABBREVIATIONS.join('|');

/** 1 for "January", "Jan" or "JAN.", …; 0 for anything that is not a month's name or abbreviation. */
export function monthNumber(written: string): number {
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === written.slice(0, 3).toLowerCase()) + 1;
}
