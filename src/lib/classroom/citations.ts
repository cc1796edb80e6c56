import { foldText } from '../text/fold.ts';
import { MONTH_NAMES } from '../text/months.ts';
import { isWordCharAt, isWordCharBefore } from '../text/word-chars.ts';
import { createMatcher, type Matcher } from '../glossary/matcher.ts';

/**
 * "Cite this" for a news article: MLA 9, APA 7 and Chicago 17 (notes and
 * bibliography, the bibliography entry), each checked against the guides' own
 * examples for articles read online (see the unit tests). MLA and Chicago set
 * the outlet in italics; APA sets the title in italics for a story on a news
 * website (CNN, Voice of America) and the outlet for a newspaper or magazine.
 *
 * Titles keep their published capitalisation in MLA and Chicago: headline
 * style needs parts of speech ("as" is lowercase as a preposition, capital as
 * a conjunction), and outlets publish headlines in headline style already.
 * APA's sentence case is `sentenceCase`, which needs the names to keep.
 */

export interface CitableArticle {
  title: string;
  /** The outlet: "Foreign Policy". */
  source: string;
  /** "Colum Lynch"; several joined by " and " or ", " ("A, B and C"). */
  author?: string | undefined;
  /** The day of publication, a UTC day. */
  published: Date;
  url?: string | undefined;
  /** A newspaper or magazine (APA's "periodical"), rather than a news website. */
  periodical?: boolean | undefined;
}

export interface Citation {
  /** Plain text for the copy button: italics dropped. */
  text: string;
  /** The same, container in <i>, every piece of the (untrusted) input escaped. */
  html: string;
}

/** A piece of a citation: plain text, or text set in italics. */
type Piece = string | { italic: string };

/**
 * MLA 9: `Lynch, Colum. “Title.” *Foreign Policy*, 19 Sept. 2016, foreignpolicy.com/….`
 * The URL goes without "https://", as the handbook recommends for a printed
 * works-cited list. `accessed`, optional in MLA 9, is added when given.
 */
export function mla9(article: CitableArticle, accessed?: Date): Citation {
  const { title, source, authors, published, url } = tidy(article);
  const pieces: Piece[] = [];
  const names = mlaAuthors(authors);
  if (names) pieces.push(`${withFullStop(names)} `);
  pieces.push(`“${withFullStop(nestQuotes(title))}” `, { italic: source }, `, ${mlaDate(published)}`);
  pieces.push(url ? `, ${withFullStop(url.replace(/^https?:\/\//iu, ''))}` : '.');
  if (accessed) pieces.push(` Accessed ${mlaDate(utcDay(accessed))}.`);
  return render(pieces);
}

/**
 * APA 7, a story on a news website: `Shoichet, C. E. (2020, March 12). *Title in sentence case*. CNN. https://…`;
 * in a newspaper or magazine (`periodical`): `Lynch, C. (2016, September 19). Title in sentence case. *Foreign Policy*. https://…`
 * With no author, the title takes the author's place. APA ends no URL with a
 * full stop. `nouns` are the proper nouns `sentenceCase` keeps capitalised.
 */
export function apa7(article: CitableArticle, nouns: ProperNouns = NO_PROPER_NOUNS): Citation {
  const { title, source, authors, published, url } = tidy(article);
  const names = apaAuthors(authors);
  const sentenceTitle = withFullStop(sentenceCase(title, nouns));
  // The stand-alone work is in italics: the story on a website, or the periodical holding an article.
  const titlePieces: Piece[] = article.periodical ? [`${sentenceTitle} `] : [...italicBeforeStop(sentenceTitle), ' '];
  const date = `(${published.year}, ${MONTH_NAMES[published.month]} ${published.day}). `;
  const pieces: Piece[] = names ? [`${withFullStop(names)} `, date, ...titlePieces] : [...titlePieces, date];
  pieces.push(article.periodical ? { italic: source } : source, '.');
  if (url) pieces.push(` ${url}`);
  return render(pieces);
}

/** Text ending in a full stop, in italics but for a final full stop (one inside quotation marks stays in). */
function italicBeforeStop(text: string): Piece[] {
  return text.endsWith('.') ? [{ italic: text.slice(0, -1) }, '.'] : [{ italic: text }];
}

/**
 * Chicago 17 bibliography: `Lynch, Colum. “Title.” *Foreign Policy*, September 19, 2016. https://….`
 * Unsigned, the outlet stands in place of the author (CMOS 14.207):
 * `*Voice of America*. “Title.” September 18, 2016. https://….` An initial
 * "The" is dropped from the outlet's name, as Chicago does for newspapers.
 */
export function chicago(article: CitableArticle): Citation {
  const { title, authors, published, url, ...rest } = tidy(article);
  const source = rest.source.replace(/^The\s+(?=\S)/u, '');
  const pieces: Piece[] = [];
  const names = chicagoAuthors(authors);
  const quotedTitle = `“${withFullStop(nestQuotes(title))}” `;
  const date = `${MONTH_NAMES[published.month]} ${published.day}, ${published.year}.`;
  if (names) pieces.push(`${withFullStop(names)} `, quotedTitle, { italic: source }, `, ${date}`);
  else pieces.push({ italic: source }, `. ${quotedTitle}${date}`);
  if (url) pieces.push(` ${withFullStop(url)}`);
  return render(pieces);
}

/**
 * APA sentence case, as far as it can be done without a dictionary: the
 * first word, and the first after a colon, dash, "?" or "!", get a capital;
 * every other word is lowercased unless it is part of one of `properNouns`
 * (the site passes glossary names and aliases), has a capital after its first
 * letter ("US", "U.S.", "McCain"), mixes capitals and digits ("F16"), or is
 * "I". A proper noun matches as written or with its words capitalised, as a
 * headline sets them ("al-Assad" as "Al-Assad"), never in lowercase, so the
 * alias "IS" keeps no "Is". A name the caller does not pass is lowercased.
 */
export function sentenceCase(title: string, names: ProperNouns): string {
  const kept = properNounChars(title, names);
  let result = '';
  let last = 0;
  let startsSentence = true;
  for (const match of title.matchAll(WORD_PART)) {
    const word = match[0];
    const gap = title.slice(last, match.index);
    if (SENTENCE_START.test(gap)) startsSentence = true;
    result += gap;
    if (keepsCapitals(word)) result += word;
    else if (startsSentence) result += word.charAt(0).toUpperCase() + word.slice(1);
    else if (kept.slice(match.index, match.index + word.length).includes(1)) result += word;
    else result += word.toLowerCase();
    startsSentence = false;
    last = match.index + word.length;
  }
  return result + title.slice(last);
}

/** A word, or one part of a hyphenated compound ("Cease-Fire" is two): "Russia’s", "U.S" (its last dot is punctuation). */
const WORD_PART = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*/gu;
/** Punctuation after which APA capitalises again: colon, em dash, spaced en dash or hyphen, "?" and "!". */
const SENTENCE_START = /[:?!—]|\s[–-]\s/u;

function keepsCapitals(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1)) || (/\p{Lu}/u.test(word) && /\p{N}/u.test(word)) || /^I(?:['’]|$)/u.test(word);
}

/** The names a title keeps capitalised (the site passes its glossary's), made once per build. */
export interface ProperNouns {
  /** The glossary's matcher over these names, blind to case, so a headline's "Al-Assad" is found as "al-Assad". */
  readonly matcher: Matcher;
}

export function properNouns(names: Iterable<string>): ProperNouns {
  // One owner for every name: names that differ only in case are one pattern, not a conflict.
  return { matcher: createMatcher([...names].map((name) => ({ entityId: 'proper-noun', name })), { caseInsensitive: true }) };
}

const NO_PROPER_NOUNS = properNouns([]);

/** 1 at each char of `title` inside a proper noun written as the name or with headline capitals, 0 elsewhere. */
function properNounChars(title: string, names: ProperNouns): Uint8Array {
  const kept = new Uint8Array(title.length);
  for (const { start, end, name } of names.matcher.findAll(title)) {
    const written = foldText(title.slice(start, end)).folded;
    const wanted = foldText(name.trim()).folded;
    if (written.length === wanted.length && matchesName(written, 0, wanted)) kept.fill(1, start, end);
  }
  return kept;
}

/** Whether `name` is at `at` in `text` as a whole word, as written or with a capital where a name's word starts (never lowercased: "IS" is not "Is"). */
function matchesName(text: string, at: number, name: string): boolean {
  if (isWordCharBefore(text, at) || isWordCharAt(text, at + name.length)) return false;
  for (let k = 0; k < name.length; k++) {
    const want = name[k]!;
    const got = text[at + k];
    if (got === want) continue;
    if (isWordCharBefore(name, k) || got !== want.toUpperCase()) return false;
  }
  return true;
}

interface PersonName {
  /** As written: "Colum Lynch". */
  full: string;
  /** "Colum"; empty for a one-word name, such as an agency ("Reuters"). */
  given: string;
  /** "Lynch", "De Luce", "al-Assad". */
  family: string;
  /** "Jr.", "III"; empty if none. */
  suffix: string;
}

/** Between authors: ", ", ", and ", " and ", " & ". */
const AUTHOR_SEPARATOR = /\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*/u;
const SUFFIX = /^(?:(?:Jr|Sr)\.?|II|III|IV)$/u;
/** Lowercase or not, these begin a family name when between given and family names: "Dan De Luce", "Mohammed bin Salman". */
const PARTICLES = new Set(['abu', 'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'dos', 'du', 'el', 'ibn', 'la', 'le', 'ten', 'ter', 'van', 'von']);

function parseAuthors(author: string): PersonName[] {
  const names: PersonName[] = [];
  for (const part of author.split(AUTHOR_SEPARATOR)) {
    const previous = names.at(-1);
    // "Martin Luther King, Jr." is one author, split at its comma.
    if (previous && !previous.suffix && SUFFIX.test(part)) {
      previous.suffix = part;
      previous.full += `, ${part}`;
    } else if (part) names.push(parseName(part));
  }
  return names;
}

/** The family name is the last word, with any particles before it; then a suffix. */
function parseName(full: string): PersonName {
  const words = full.split(' ');
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop()! : '';
  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]!.toLowerCase())) familyStart--;
  return { full, given: words.slice(0, familyStart).join(' '), family: words.slice(familyStart).join(' '), suffix };
}

/** "Lynch, Colum", "King, Martin Luther, Jr.", "Reuters". */
function inverted(name: PersonName): string {
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

/** "Lynch, C.", "Ayrault, J.-M.", "Kerry, J. F.". */
function withInitials(name: PersonName): string {
  return [name.family, initials(name.given), name.suffix].filter(Boolean).join(', ');
}

function initials(given: string): string {
  const initial = (name: string) =>
    name
      .split('.')
      .map((part) => part.match(/[\p{L}\p{N}]/u)?.[0]?.toUpperCase())
      .filter(Boolean)
      .map((letter) => `${letter}.`)
      .join(' ');
  return given
    .split(' ')
    .map((word) => word.split('-').map(initial).filter(Boolean).join('-'))
    .filter(Boolean)
    .join(' ');
}

/** One author inverted; two as "Lynch, Colum, and Dan De Luce"; three or more as "Lynch, Colum, et al." */
function mlaAuthors(names: readonly PersonName[]): string | undefined {
  const [first, second] = names;
  if (!first) return undefined;
  if (!second) return inverted(first);
  if (names.length === 2) return `${inverted(first)}, and ${second.full}`;
  return `${inverted(first)}, et al.`;
}

/** Up to 20 authors, the last after "&"; from 21, the first 19, an ellipsis and the last. */
function apaAuthors(names: readonly PersonName[]): string | undefined {
  const listed = names.map(withInitials);
  const last = listed.pop();
  if (last === undefined) return undefined;
  if (listed.length === 0) return last;
  if (listed.length >= 20) return `${listed.slice(0, 19).join(', ')}, . . . ${last}`;
  return `${listed.join(', ')}, & ${last}`;
}

/** The first inverted, the others as written, the last after "and"; over ten, the first seven and "et al." */
function chicagoAuthors(names: readonly PersonName[]): string | undefined {
  const [first, ...others] = names;
  if (!first) return undefined;
  if (others.length === 0) return inverted(first);
  if (names.length > 10) return [inverted(first), ...others.slice(0, 6).map((name) => name.full), 'et al.'].join(', ');
  const last = others.pop()!;
  return [inverted(first), ...others.map((name) => name.full), `and ${last.full}`].join(', ');
}

/** MLA abbreviates every month but May, June and July; September to "Sept.". */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

interface Day {
  year: number;
  /** 0 for January. */
  month: number;
  day: number;
}

/** Publication dates are UTC days: read in UTC, so no time zone moves them. An invalid date would print "NaN". */
function utcDay(date: Date): Day {
  if (Number.isNaN(date.getTime())) throw new RangeError('Cannot cite an invalid date');
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

const mlaDate = ({ year, month, day }: Day) => `${day} ${MLA_MONTHS[month]} ${year}`;

/** Fields trimmed, runs of whitespace made one space, authors parsed. */
function tidy(article: CitableArticle) {
  const clean = (text: string) => text.trim().replace(/\s+/gu, ' ');
  return {
    title: smartQuotes(clean(article.title)),
    source: clean(article.source),
    authors: parseAuthors(clean(article.author ?? '')),
    published: utcDay(article.published),
    url: clean(article.url ?? '') || undefined,
  };
}

/** Straight double quotes, in pairs, as curly ones: `say "no"` → `say “no”`. */
function smartQuotes(text: string): string {
  return text.replace(/"([^"]*)"/gu, '“$1”');
}

/** A title inside quotation marks turns its own double quotes single. */
function nestQuotes(text: string): string {
  return text.replaceAll('“', '‘').replaceAll('”', '’');
}

/**
 * `text` ending a sentence: a full stop is added unless it ends with ".",
 * "?" or "!" already; American style puts it inside a closing quotation mark
 * (a final ’ closes a quote only if one opened, else it is an apostrophe).
 */
function withFullStop(text: string): string {
  const closing = (text.endsWith('”') && text.includes('“')) || (text.endsWith('’') && text.includes('‘')) ? 1 : 0;
  const body = text.slice(0, text.length - closing);
  if (/[.?!]$/u.test(body)) return text;
  return `${body}.${text.slice(body.length)}`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/gu, (char) => ESCAPES[char]!);

function render(pieces: readonly Piece[]): Citation {
  let text = '';
  let html = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      html += escapeHtml(piece);
    } else {
      text += piece.italic;
      html += `<i>${escapeHtml(piece.italic)}</i>`;
    }
  }
  return { text, html };
}
