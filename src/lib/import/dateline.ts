import { dateAtStart, type FoundDate } from './find-dates.ts';

/**
 * What the opening of an article's first paragraph says about it: a date it
 * starts with ("Wed 05 Apr 2017 …", "Published February 23 2015 …") and a
 * wire dateline's outlet ("WASHINGTON (Reuters) - …"). Many pages repeat the
 * headline before the text, so a repeat of the title is looked past.
 */
export interface Dateline {
  date?: FoundDate;
  /** The outlet in the dateline's parentheses, as written. */
  outlet?: string;
}

/** "CITY (Outlet) -" or "CITY, Sept. 19 (Outlet) —": a place in capitals, the outlet in parentheses, then a dash. */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{M}\s.'’-]{1,40}?(?:,[^()]{1,30}?)?\s*\(([^()\d]{2,40})\)\s*(?:[-–—]{1,2}|:)\s/u;

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The first paragraph with a leading repeat of the title cut off. */
export function afterRepeatedTitle(paragraph: string, title: string): string {
  const wanted = comparable(title);
  if (wanted === '') return paragraph;
  // Walk the paragraph word by word until its words so far equal the title's.
  const words = [...paragraph.matchAll(/\S+/gu)];
  for (const [index, word] of words.entries()) {
    const end = word.index + word[0].length;
    const seen = comparable(paragraph.slice(0, end));
    if (seen === wanted) return paragraph.slice(end).trimStart();
    if (!wanted.startsWith(seen) || index > 60) break;
  }
  return paragraph;
}

/** Whether a paragraph opens with a date or a wire dateline: the lede, then, not a subtitle. */
export function opensWithDateline(paragraph: string): boolean {
  return dateAtStart(paragraph) !== undefined || WIRE_DATELINE.test(paragraph);
}

export function readDateline(firstParagraph: string, title: string): Dateline {
  const dateline: Dateline = {};
  const date = dateAtStart(firstParagraph) ?? dateAtStart(afterRepeatedTitle(firstParagraph, title));
  if (date) dateline.date = date;
  const outlet = WIRE_DATELINE.exec(firstParagraph)?.[1]?.trim();
  if (outlet && !/photo/iu.test(outlet)) dateline.outlet = outlet;
  return dateline;
}
