import { afterRepeatedTitle } from './dateline.ts';
import { dateAtStart, findDates, type FoundDate } from './find-dates.ts';

/**
 * Page furniture glued to the edges of a paragraph when a page is pasted
 * without its line breaks: a date stamp and a repeat of the headline before
 * the lede ("Wed 05 Apr 2017 Syria attack … WHO. Victims of …"), wire stamps
 * ("AFP Thursday 6 Mar 2014"), "Get short URL", "Posted by X on DATE", and
 * after the last sentence tag lists, "Read Also: …", share counters, footers
 * and "(Reporting by … Editing by …)". Each cut is returned with its words,
 * so that the report shows it; the dates and names in them are kept as
 * metadata. Nothing inside a sentence is ever cut.
 */

export type JunkKind =
  | 'date stamp'
  | 'repeated title'
  | 'wire stamp'
  | 'posted by'
  | 'share line'
  | 'link to elsewhere'
  | 'tags'
  | 'site footer'
  | 'reporting credits'
  | 'image credit'
  | 'page furniture'
  | 'page header'
  | 'after the last sentence';

export interface Cut {
  kind: JunkKind;
  /** The words cut, as written. */
  text: string;
  at: 'start' | 'end';
}

export interface EdgeJunk {
  text: string;
  cuts: Cut[];
  /** A date the cut words gave (a date stamp, a "Posted … on" line). */
  date?: FoundDate;
  author?: string;
  /** A news agency named by a wire stamp. */
  agency?: string;
}

export interface EdgeOptions {
  /** The headline, whose repeat before the lede is cut. */
  title?: string;
  /** Whether this paragraph starts the article: only there are date and wire stamps, bylines and the headline's repeat cut. */
  stampsAtStart?: boolean;
  /** Whether this paragraph ends the article: only there is a short fragment after the last sentence cut. */
  isLast?: boolean;
}

const AGENCY = String.raw`AFP|AP|Reuters|AA|Anadolu|DPA|dpa|Xinhua|UPI|IANS|TASS|Sputnik|SANA|NNA|KUNA|WAM|IRNA|MENA|Petra|QNA|SPA`;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der)[-\s])?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
/** A time after a date stamp: "at 1514", "09:14", "(updated 1457 19.07.2016)", "4:50 PM GMT". */
const STAMP_TAIL = /^(?:\s*(?:,|\||at|-|–)?\s*\d{1,2}[:.]?\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,5}(?:[+-]\d{1,2})?)?(?=\s|$))?(?:\s*\((?:[Uu]pdated|[Ll]ast updated)[^()]{0,40}\))?[\s.,|–—-]*/u;

/** Phrases that are never prose, wherever they sit at a paragraph's edge. */
const FURNITURE = [
  String.raw`Get short URL(?:\s+\d+)?`,
  String.raw`Story Continued Below`,
  String.raw`Story highlights`,
  String.raw`Continue reading(?: below| the main story)?`,
  String.raw`(?:Print\s+)?(?:Tweet\s+)?Views\s+\d+`,
  String.raw`Print\s+Tweet`,
  String.raw`Like this:\s*Like Loading(?:…|\.\.\.)?`,
  String.raw`Share this:?`,
  String.raw`\d[\d,.]*\s*(?:SHARES|Shares|shares|Views|views)`,
  String.raw`\*{3,}`,
  String.raw`Read More`,
  String.raw`MoreImage`,
  String.raw`\[?[Cc]lick to enlarge\]?`,
  String.raw`Advertisement`,
];
const FURNITURE_AT_START = new RegExp(`^(?:${FURNITURE.join('|')})(?=\\s|$)[\\s.:|–—-]*`, 'u');
const FURNITURE_AT_END = new RegExp(`(?:^|(?<=[.!?"”’)]\\s*|\\s))(?:${FURNITURE.join('|')})[\\s.:|–—-]*$`, 'u');
/**
 * Share widgets end a page's header ("<headline> <photo credit> Middle East
 * 17:30 28.04.2017 Get short URL 185"): near the lede's start, everything up
 * to them is the header.
 */
const PAGE_HEADER_END = /(?:Get short URL|Print\s+Tweet(?:\s+Views)?)(?:\s+\d+){0,2}\s*/u;
const MAX_PAGE_HEADER = 400;
const MIN_STORY_AFTER_HEADER = 40;
/** "Posted by X on 19 Sep 2016", "By X | 19 Sep 2016", "By X, Sept. 19, 2016": the date follows. */
const POSTED_BY = new RegExp(String.raw`^(?:Posted|Written|Published)?\s*[Bb]y\s+(${NAME})\s*(?:on|\||,|-|–|—)\s*`, 'u');
const WIRE_STAMP = new RegExp(String.raw`^(${AGENCY})\b\s*[-–—:|,]?\s*`, 'u');
/** "Regional NNA - " after a date stamp: a section and an agency, then a dash. */
const SECTION_STAMP = new RegExp(String.raw`^(?:\p{Lu}\p{L}+\s+){0,2}(${AGENCY})\s*[-–—]\s+`, 'u');

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const MAX_BYLINE = 80;

/** "by Youssef Diab <the headline again> …" after a stamp: the byline ends where the headline's repeat begins. */
function bylineBeforeTitle(text: string, title: string): { author: string; length: number } | undefined {
  if (!/^[Bb]y\s+\p{Lu}/u.test(text)) return undefined;
  const wanted = comparable(title).split(' ').slice(0, 4).join(' ');
  for (const word of text.slice(0, MAX_BYLINE).matchAll(/\s\S/gu)) {
    if (word.index <= 3) continue;
    if (comparable(text.slice(word.index, word.index + title.length + 20)).startsWith(wanted)) {
      return { author: text.slice(3, word.index).trim(), length: word.index + 1 };
    }
  }
  return undefined;
}

/** What may follow the last sentence: each is cut from where it starts to the paragraph's end, if no sentence follows it. */
const TRAILERS: { kind: JunkKind; pattern: RegExp }[] = [
  { kind: 'wire stamp', pattern: new RegExp(String.raw`(?<=[.!?"”’)])\s*[-–—]+\s*(?:${AGENCY}|REUTERS)\s*$|\s[-–—]+\s*(?:${AGENCY}|REUTERS)\s*$`, 'u') },
  { kind: 'reporting credits', pattern: /\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled)\s+by\b[^()]{0,300}\)\s*$/iu },
  { kind: 'reporting credits', pattern: /(?<=^|[.!?"”’)]\s*|\s)(?:Additional\s+)?(?:[Rr]eporting|Writing|Editing) by\s+\p{Lu}[^.!?]{0,400}\.?\s*$/u },
  { kind: 'tags', pattern: /(?<=[.!?"”’)]\s*|\s)Tags:?\s+[^.!?]{0,400}$/u },
  { kind: 'link to elsewhere', pattern: /(?<=[.!?"”’)]\s*|\s)(?:Read|See) (?:Also|also|More|more)\b[^.!?]{0,200}$/u },
  { kind: 'site footer', pattern: /(?<=[.!?"”’)]\s*|\s)[^.!?]{0,200}(?:Privacy Policy|Cookie Policy|Terms of (?:Use|Service)|All rights reserved|Copyright ©|©\s*\d{4}|Community standards|Comment via Facebook|Our Standards:)[^.!?]{0,200}\.?\s*$/iu },
  { kind: 'image credit', pattern: /(?<=[.!?"”’)]\s*|\s)(?:Featured|Header|Top) image (?:via|by|credit)\b[^.!?]{0,200}$/iu },
  { kind: 'page furniture', pattern: /(?<=[.!?"”’)]\s*|\s)Authors?:\s*[^.!?]{0,100}$/u },
];
/** After the article's last sentence, a few words without a full stop ("MBMB", "Manar/Manal/Ghossoun", "12 (Al-Masdar and Sputnik)"). */
const LAST_FRAGMENT = /(?<=[.!?]["”’)]?\s+)(?=\S)[^.!?]{1,60}$/u;
const MAX_FRAGMENT_WORDS = 6;

function cutStart(state: EdgeJunk, length: number, kind: JunkKind): void {
  const text = state.text.slice(0, length).trim();
  if (text) state.cuts.push({ kind, text, at: 'start' });
  state.text = state.text.slice(length).trimStart();
}

function cutEnd(state: EdgeJunk, from: number, kind: JunkKind): void {
  const text = state.text.slice(from).trim();
  if (text) state.cuts.push({ kind, text, at: 'end' });
  state.text = state.text.slice(0, from).trimEnd();
}

/** One cut at the start, if any applies; `afterStamp` once a stamp has been cut, when an agency name alone is a stamp too. */
function cutOneAtStart(state: EdgeJunk, options: EdgeOptions, afterStamp: boolean): boolean {
  const text = state.text;
  const furniture = FURNITURE_AT_START.exec(text);
  if (furniture && furniture[0].length < text.length) {
    cutStart(state, furniture[0].length, 'page furniture');
    return true;
  }
  if (!options.stampsAtStart) return false;
  // Matched in the whole text, not in its first characters only, so that a view count at the limit is not cut in two ("Views 1|430").
  const header = PAGE_HEADER_END.exec(text);
  // Only a header near the start with the story after it: a share line ending a paragraph is furniture, cut at the end.
  if (header && header.index < MAX_PAGE_HEADER && text.length - (header.index + header[0].length) >= MIN_STORY_AFTER_HEADER) {
    const headerDate = findDates(text.slice(0, header.index))[0];
    if (headerDate) state.date ??= headerDate;
    cutStart(state, header.index + header[0].length, 'page header');
    return true;
  }
  const date = dateAtStart(text);
  if (date) {
    const end = date.index + date.text.length;
    const tail = STAMP_TAIL.exec(text.slice(end))?.[0] ?? '';
    state.date ??= date;
    cutStart(state, end + tail.length, 'date stamp');
    return true;
  }
  const posted = POSTED_BY.exec(text);
  if (posted) {
    const rest = text.slice(posted[0].length);
    const postedDate = dateAtStart(rest);
    if (postedDate && postedDate.index === 0) {
      const end = posted[0].length + postedDate.text.length;
      const tail = STAMP_TAIL.exec(text.slice(end))?.[0] ?? '';
      state.author ??= posted[1]!;
      state.date ??= { ...postedDate, index: posted[0].length };
      cutStart(state, end + tail.length, 'posted by');
      return true;
    }
  }
  if (options.title) {
    const rest = afterRepeatedTitle(text, options.title);
    // Only a title repeated as its own sentence, or after a stamp: a lede may well begin with the headline's words.
    if (rest !== text && (afterStamp || /[.!?:]\s*$/u.test(text.slice(0, text.length - rest.length)))) {
      const punctuation = /^[\s.:,;|–—-]*/u.exec(rest)?.[0] ?? '';
      cutStart(state, text.length - rest.length + punctuation.length, 'repeated title');
      return true;
    }
  }
  const by = afterStamp && options.title ? bylineBeforeTitle(text, options.title) : undefined;
  if (by) {
    state.author ??= by.author;
    cutStart(state, by.length, 'posted by');
    return true;
  }
  const wire = WIRE_STAMP.exec(text) ?? (afterStamp ? SECTION_STAMP.exec(text) : null);
  if (wire && (afterStamp || dateAtStart(text.slice(wire[0].length)))) {
    state.agency ??= wire[1]!;
    cutStart(state, wire[0].length, 'wire stamp');
    return true;
  }
  return false;
}

function cutOneAtEnd(state: EdgeJunk, options: EdgeOptions): boolean {
  const text = state.text;
  const furniture = FURNITURE_AT_END.exec(text);
  if (furniture && furniture.index > 0) {
    cutEnd(state, furniture.index, 'page furniture');
    return true;
  }
  for (const { kind, pattern } of TRAILERS) {
    const match = pattern.exec(text);
    // A paragraph that is nothing but credits or tags goes whole (the report lists it).
    if (match && (match.index > 0 || kind !== 'link to elsewhere')) {
      if (kind === 'wire stamp') state.agency ??= match[0].replace(/[\s–—-]+/gu, '');
      cutEnd(state, match.index, kind);
      return true;
    }
  }
  if (options.isLast) {
    const fragment = LAST_FRAGMENT.exec(text);
    if (fragment && fragment[0].trim().split(/\s+/u).length <= MAX_FRAGMENT_WORDS) {
      cutEnd(state, fragment.index, 'after the last sentence');
      return true;
    }
  }
  return false;
}

/** The paragraph with the junk at its edges cut off, and the cuts. A paragraph that is all junk comes back empty. */
export function cutEdgeJunk(paragraph: string, options: EdgeOptions = {}): EdgeJunk {
  const state: EdgeJunk = { text: paragraph, cuts: [] };
  let afterStamp = false;
  while (state.text && cutOneAtStart(state, options, afterStamp)) afterStamp = true;
  while (state.text && cutOneAtEnd(state, options));
  if (!state.date) delete state.date;
  return state;
}
