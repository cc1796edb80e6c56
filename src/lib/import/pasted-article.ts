import { isAdLine, moreFromOutlet } from './ad-lines.ts';
import { authorBio, byline, postedLine } from './author-lines.ts';
import { headerLine, type HeaderField } from './header-lines.ts';
import { cleanParagraphs, type CleanedParagraphs, type LineCut } from './paragraph-cleanup.ts';
import { splitTitleSuffix } from './title-suffix.ts';
import { opensWithDateline } from './dateline.ts';
import { dateLine, type FoundDate } from './find-dates.ts';
import { captionParts, captionWithCredit, creditLine, isFilePhotoCaption } from './photo-captions.ts';
import { sourceLines, type SourceLine } from './source-lines.ts';
import { isHardWrapped } from './wrapped-lines.ts';

/**
 * Reads an article pasted from a news page, line by line: the title, a
 * subtitle (dek), body paragraphs, photo captions and credits, an author bio
 * or byline, date and address lines, and the page's ads and link farms.
 * Every non-blank line gets exactly one role, so the import report can
 * account for each of them and nothing is dropped silently.
 */

export type CaptionReason = 'shown-twice' | 'credit-at-end' | 'file-photo' | 'marked';

export type LineRole =
  | { role: 'title' }
  | { role: 'header'; field: HeaderField; value: string }
  | { role: 'dek' }
  /** `count`: how many paragraphs the line became once split at sentence boundaries (1 if not split). */
  | { role: 'paragraph'; paragraph: number; count?: number }
  /** The continuation of a hard-wrapped paragraph that starts on line `from`. */
  | { role: 'joined'; paragraph: number; from: number }
  | { role: 'caption'; caption: number; reason: CaptionReason }
  | { role: 'credit'; caption: number; credit: string }
  | { role: 'author-bio'; author: string; outlet?: string }
  | { role: 'byline'; author: string; date?: FoundDate }
  | { role: 'date'; date: FoundDate }
  | { role: 'url'; url: string }
  | { role: 'dropped'; reason: DropReason };

export type DropReason =
  | { why: 'repeats-line'; line: number }
  | { why: 'repeats-title' }
  | { why: 'repeats-caption'; caption: number }
  | { why: 'ad' }
  | { why: 'credit-already-given'; caption: number; credit: string }
  | { why: 'credit-without-caption'; credit: string }
  | { why: 'another-date'; line: number }
  | { why: 'another-url'; line: number }
  /** A paragraph that was nothing but page furniture (its words are in the cuts). */
  | { why: 'junk' }
  /** A subheading inside the article ("Subhead:" from a web page): kept out of the numbered paragraphs. */
  | { why: 'subhead' };

export interface ReadLine extends SourceLine {
  role: LineRole;
}

export interface PastedCaption {
  text: string;
  credit?: string;
  /** The line it was read from. */
  line: number;
  /** An archive ("FILE") photo: its date is not the article's. */
  isFilePhoto: boolean;
}

export interface PastedArticle {
  title: string;
  /** The site's name cut off the title ("… - Region - World - Ahram Online"). */
  titleSuffix?: { outlet: string; cut: string; line: number };
  /** `Source:`, `Published:`, `URL:` and `Author:` lines at the top. */
  headers: Partial<Record<HeaderField, { value: string; line: number }>>;
  /** Words cut from the edges of paragraphs, each with its line. */
  cuts: LineCut[];
  /** What the cut stamps said (a date, an author, a wire agency). */
  stamp: CleanedParagraphs['stamp'];
  dek?: string;
  paragraphs: string[];
  captions: PastedCaption[];
  bio?: { text: string; author: string; outlet?: string; line: number };
  byline?: { author: string; line: number; date?: FoundDate };
  /** A line that is only a date ("September 19, 2016"), before or after the text. */
  dateLine?: { date: FoundDate; line: number };
  url?: { url: string; line: number };
  /** A "More from X" link-farm heading, which names the outlet. */
  moreFrom?: { outlet: string; line: number };
  /** Every non-blank line, in order, with its role. */
  lines: ReadLine[];
}

export interface ReadOptions {
  /** Never read the line after the title as a dek. */
  noDek?: boolean;
  /** Cut no junk from the edges of paragraphs. */
  keepJunk?: boolean;
}

/** What a line is on its own, before its neighbours and position are weighed. */
type Kind =
  | { kind: 'prose' }
  | { kind: 'title' }
  | { kind: 'caption'; reason: CaptionReason }
  | { kind: 'credit'; credit: string }
  | { kind: 'date'; date: FoundDate }
  | { kind: 'url'; url: string }
  | { kind: 'byline'; author: string; date?: FoundDate }
  | { kind: 'dropped'; reason: DropReason };

const URL_LINE = /^https?:\/\/\S+$/iu;
/** A line shown twice in a row is a caption only if it has a few words: "Share" twice is page furniture. */
const MIN_CAPTION_WORDS = 4;
/** Deks are a sentence or a phrase; a longer first line is the lede. */
const MAX_DEK_LENGTH = 200;

/** Lines the web-page reader marks: a figure's caption and a subheading. */
const MARKED_CAPTION = /^Caption:\s*\S/u;
const MARKED_SUBHEAD = /^Subhead:\s*\S/u;

function kindOf(text: string): Kind {
  if (MARKED_CAPTION.test(text)) return { kind: 'caption', reason: 'marked' };
  if (MARKED_SUBHEAD.test(text)) return { kind: 'dropped', reason: { why: 'subhead' } };
  if (isAdLine(text)) return { kind: 'dropped', reason: { why: 'ad' } };
  const credit = creditLine(text);
  if (credit) return { kind: 'credit', credit };
  if (captionWithCredit(text)) return { kind: 'caption', reason: 'credit-at-end' };
  if (isFilePhotoCaption(text)) return { kind: 'caption', reason: 'file-photo' };
  const date = dateLine(text);
  if (date) return { kind: 'date', date };
  const posted = postedLine(text);
  if (posted) return { kind: 'byline', ...posted };
  if (URL_LINE.test(text)) return { kind: 'url', url: text };
  const author = byline(text);
  if (author) return { kind: 'byline', author };
  return { kind: 'prose' };
}

/** Each line's kind, with lines shown twice in a row resolved: the first copy kept (as a caption, if it was prose), the second dropped. */
function classify(lines: readonly SourceLine[]): Kind[] {
  const kinds: Kind[] = [{ kind: 'title' }];
  let runStart = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = kinds[i - 1]!;
    if (lines[i]!.text !== lines[i - 1]!.text) {
      runStart = i;
      kinds.push(kindOf(lines[i]!.text));
    } else if (previous.kind === 'title') {
      kinds.push({ kind: 'dropped', reason: { why: 'repeats-title' } });
    } else {
      if (kinds[runStart]!.kind === 'prose' && lines[runStart]!.text.split(' ').length >= MIN_CAPTION_WORDS) {
        kinds[runStart] = { kind: 'caption', reason: 'shown-twice' };
      }
      kinds.push({ kind: 'dropped', reason: previous.kind === 'dropped' && previous.reason.why === 'ad' ? previous.reason : { why: 'repeats-line', line: lines[runStart]!.n } });
    }
  }
  return kinds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The text's first line is a dek when it is short, does not open with a
 * dateline, has at least two paragraphs after it, and is set apart from
 * them: by a photo or a byline, by lacking a full stop, or by being much
 * shorter than they are. Otherwise it is the lede.
 */
function looksLikeDek(lines: readonly SourceLine[], isBody: readonly boolean[], index: number, after: readonly number[], title: string): boolean {
  const text = lines[index]!.text;
  if (text.length > MAX_DEK_LENGTH || opensWithDateline(text) || after.length < 2 || isNeverDek(text, title)) return false;
  const bodyLengths = after.map((i) => lines[i]!.text.length);
  const setApart = index + 1 < lines.length && !isBody[index + 1];
  return setApart || !/[.!?]["”’]?$/u.test(text) || text.length < median(bodyLengths) / 2;
}

/** Story highlights, share counters, menus and captions are never a subtitle, however short. */
const HIGHLIGHTS = /^(?:story\s+)?highlights\b/iu;
const COUNTER = /^\d[\d,.]*\s*(?:shares?|views|comments|likes)\b/iu;
const MENU_SEPARATOR = /\s[|»›•·]\s/u;
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function isNeverDek(text: string, title: string): boolean {
  if (HIGHLIGHTS.test(text) || COUNTER.test(text) || MENU_SEPARATOR.test(text)) return true;
  if (captionWithCredit(text) || /\b(?:photo|pictured|file image|AFP|Getty|Reuters)\b/u.test(text)) return true;
  // A caption with the headline glued on.
  if (comparable(title).length > 0 && comparable(text).includes(comparable(title))) return true;
  // A menu: four or more words, all capitalised, no sentence punctuation ("Home World Middle East Politics").
  const words = text.split(/\s+/u);
  return words.length >= 4 && !/[.,;:!?"“”]/u.test(text) && words.every((word) => /^[\p{Lu}\d&]/u.test(word));
}

export function readPastedArticle(text: string, options: ReadOptions = {}): PastedArticle | undefined {
  const all = sourceLines(text);
  // Header lines ("Source: Reuters") come before or just after the title.
  const headerRoles = new Map<number, LineRole>();
  const headers: PastedArticle['headers'] = {};
  let at = 0;
  const takeHeaders = () => {
    for (let header = all[at] && headerLine(all[at]!.text); header; header = all[at] && headerLine(all[at]!.text)) {
      headers[header.field] ??= { value: header.value, line: all[at]!.n };
      headerRoles.set(all[at]!.n, { role: 'header', ...header });
      at++;
    }
  };
  takeHeaders();
  const title = all[at];
  if (!title) return undefined;
  at++;
  takeHeaders();
  const lines = [title, ...all.slice(at)];
  const kinds = classify(lines);
  const prose = kinds.flatMap((kind, index) => (kind.kind === 'prose' ? [index] : []));
  const firstProse = prose[0] ?? lines.length;
  const lastProse = prose.at(-1) ?? -1;
  // Before or after the text, a line that is only a date, an address or a byline is page furniture;
  // inside it, it is the text's own (a timeline's heading, a cited link), so it stays a paragraph.
  const isFurniture = (index: number) => index < firstProse || index > lastProse;
  const isBody = kinds.map(({ kind }, index) => kind === 'prose' || ((kind === 'date' || kind === 'url' || kind === 'byline') && !isFurniture(index)));

  const suffix = splitTitleSuffix(title.text);
  const article: PastedArticle = { title: suffix.title, headers, cuts: [], stamp: {}, paragraphs: [], captions: [], lines: [] };
  if (suffix.outlet && suffix.cut) article.titleSuffix = { outlet: suffix.outlet, cut: suffix.cut, line: title.n };

  // The author bio is the text's last line; the dek, its first.
  const lastLine = lines[lastProse];
  const bio = lastLine && prose.length > 1 ? authorBio(lastLine.text) : undefined;
  if (lastLine && bio) {
    article.bio = { text: lastLine.text, ...bio, line: lastLine.n };
    isBody[lastProse] = false;
  }
  const body = isBody.flatMap((inBody, index) => (inBody ? [index] : []));
  const first = body[0];
  // A first line that hard-wrapped text continues is the start of a paragraph, never a dek.
  const wrapsOn = first !== undefined && hardWrappedContinuations(lines, isBody)[first + 1] === true;
  const dekIndex = !options.noDek && first !== undefined && !wrapsOn && looksLikeDek(lines, isBody, first, body.slice(1), article.title) ? first : -1;
  if (dekIndex >= 0) {
    article.dek = lines[dekIndex]!.text;
    isBody[dekIndex] = false;
  }
  const continuesParagraph = hardWrappedContinuations(lines, isBody);

  const roles: LineRole[] = [{ role: 'title' }];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = kinds[i]!;
    if (i === dekIndex) roles.push({ role: 'dek' });
    else if (article.bio?.line === line.n) roles.push({ role: 'author-bio', author: article.bio.author, ...(article.bio.outlet ? { outlet: article.bio.outlet } : {}) });
    else if (isBody[i] && continuesParagraph[i]) {
      const previous = roles[i - 1] as Extract<LineRole, { paragraph: number }>;
      article.paragraphs[previous.paragraph - 1] += ` ${line.text}`;
      roles.push({ role: 'joined', paragraph: previous.paragraph, from: previous.role === 'joined' ? previous.from : lines[i - 1]!.n });
    } else if (isBody[i]) {
      article.paragraphs.push(line.text);
      roles.push({ role: 'paragraph', paragraph: article.paragraphs.length });
    } else roles.push(furnitureRole(article, line, kind));
  }
  attachCredits(article, roles);
  cleanUp(article, lines, roles, options);
  const read = lines.map((line, index) => ({ ...line, role: roles[index]! }));
  const headerLines = all.filter((line) => headerRoles.has(line.n)).map((line) => ({ ...line, role: headerRoles.get(line.n)! }));
  article.lines = [...headerLines, ...read].sort((a, b) => a.n - b.n);
  return article;
}

/** The role of a line that is not body text, recording what it says on the article. */
function furnitureRole(article: PastedArticle, line: SourceLine, kind: Kind): LineRole {
  switch (kind.kind) {
    case 'caption':
      return addCaption(article, line, kind.reason);
    case 'credit':
      return { role: 'credit', caption: 0, credit: kind.credit }; // attached once every caption is known
    case 'date':
      if (article.dateLine) return { role: 'dropped', reason: { why: 'another-date', line: article.dateLine.line } };
      article.dateLine = { date: kind.date, line: line.n };
      return { role: 'date', date: kind.date };
    case 'url':
      if (article.url) return { role: 'dropped', reason: { why: 'another-url', line: article.url.line } };
      article.url = { url: kind.url, line: line.n };
      return { role: 'url', url: kind.url };
    case 'byline':
      article.byline ??= { author: kind.author, line: line.n, ...(kind.date ? { date: kind.date } : {}) };
      return { role: 'byline', author: kind.author, ...(kind.date ? { date: kind.date } : {}) };
    case 'dropped': {
      const outlet = kind.reason.why === 'ad' ? moreFromOutlet(line.text) : undefined;
      if (outlet) article.moreFrom ??= { outlet, line: line.n };
      return { role: 'dropped', reason: kind.reason };
    }
    case 'prose':
    case 'title':
      throw new Error(`line ${line.n}: body text reached the furniture roles`);
  }
}

/**
 * Which body lines continue the paragraph on the line above: those inside a
 * run of body lines, in one block with nothing between, that together read
 * as hard-wrapped text. Anything else is a paragraph a line, as web pages paste.
 */
function hardWrappedContinuations(lines: readonly SourceLine[], isBody: readonly boolean[]): boolean[] {
  const continues = lines.map(() => false);
  for (let start = 0; start < lines.length; ) {
    let end = start + 1;
    if (isBody[start]) while (end < lines.length && isBody[end] && lines[end]!.block === lines[start]!.block) end++;
    if (end - start > 1 && isHardWrapped(lines.slice(start, end).map((line) => line.text))) continues.fill(true, start + 1, end);
    start = end;
  }
  return continues;
}

function addCaption(article: PastedArticle, line: SourceLine, reason: CaptionReason): LineRole {
  const { text, credit } = captionParts(line.text.replace(/^Caption:\s*/u, ''));
  const earlier = article.captions.findIndex((caption) => caption.text === text);
  if (earlier >= 0) {
    const caption = article.captions[earlier]!;
    caption.credit ??= credit;
    return { role: 'dropped', reason: { why: 'repeats-caption', caption: earlier + 1 } };
  }
  article.captions.push({ text, ...(credit ? { credit } : {}), line: line.n, isFilePhoto: isFilePhotoCaption(text) });
  return { role: 'caption', caption: article.captions.length, reason };
}

/**
 * A "Photo credit:" line credits the first caption that has none (pages put
 * the lead photo's credit at the foot). If every caption is credited, it is
 * dropped, and the report says whether it only repeated a credit.
 */
function attachCredits(article: PastedArticle, roles: LineRole[]): void {
  roles.forEach((role, index) => {
    if (role.role !== 'credit') return;
    const credit = role.credit;
    const uncredited = article.captions.findIndex((caption) => caption.credit === undefined);
    if (uncredited >= 0) {
      article.captions[uncredited]!.credit = credit;
      roles[index] = { role: 'credit', caption: uncredited + 1, credit };
      return;
    }
    const containing = article.captions.findIndex((caption) => caption.credit!.toLowerCase().includes(credit.toLowerCase()));
    roles[index] =
      containing >= 0
        ? { role: 'dropped', reason: { why: 'credit-already-given', caption: containing + 1, credit: article.captions[containing]!.credit! } }
        : { role: 'dropped', reason: { why: 'credit-without-caption', credit } };
  });
}

/** Junk cut from the paragraphs' edges and run-on paragraphs split; the line roles renumbered to match. */
function cleanUp(article: PastedArticle, lines: readonly SourceLine[], roles: LineRole[], options: ReadOptions): void {
  const starts = roles.flatMap((role, index) => (role.role === 'paragraph' ? [lines[index]!.n] : []));
  const cleaned = cleanParagraphs(
    article.paragraphs.map((text, index) => ({ text, line: starts[index]! })),
    { title: article.title, ...(options.keepJunk ? { keepJunk: true } : {}) },
  );
  roles.forEach((role, index) => {
    if (role.role === 'paragraph') {
      const { first, count } = cleaned.mapping[role.paragraph - 1]!;
      roles[index] = count === 0 ? { role: 'dropped', reason: { why: 'junk' } } : { role: 'paragraph', paragraph: first, ...(count > 1 ? { count } : {}) };
    } else if (role.role === 'joined') {
      roles[index] = { ...role, paragraph: cleaned.mapping[role.paragraph - 1]!.first };
    }
  });
  article.paragraphs = cleaned.paragraphs;
  article.cuts = cleaned.cuts;
  article.stamp = cleaned.stamp;
}
