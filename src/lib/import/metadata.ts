import { readDateline } from './dateline.ts';
import { findDates } from './find-dates.ts';
import { outletOfUrl } from './outlets.ts';
import type { PastedArticle } from './pasted-article.ts';

/**
 * The article's metadata: taken from flags where given, otherwise guessed
 * from what the text shows, and in every case said where it came from, so
 * the report can tell the teacher which fields to check.
 */

export interface MetadataFlags {
  source?: string | undefined;
  author?: string | undefined;
  /** yyyy-mm-dd */
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  /** This file's manifest entry: more specific than the run's flags, so it wins over them. */
  manifest?: { fields: Partial<Record<'source' | 'published' | 'author' | 'url', string>>; at: string; file: string } | undefined;
}

export type MetadataField = 'source' | 'author' | 'authorBio' | 'published' | 'url' | 'language';

export interface FieldOrigin {
  field: MetadataField;
  value: string;
  from: 'flag' | 'manifest' | 'text' | 'default';
  /** Where in the text it was read: `the author bio (line 49)`. */
  evidence?: string;
  /** Given a flag: what the text said instead, when it differs. */
  overrides?: { value: string; evidence: string };
}

interface Guess {
  value: string;
  evidence: string;
}

export const DEFAULT_LANGUAGE = 'en';

const quoted = (text: string) => `“${text}”`;

/** The line a paragraph starts on. */
function paragraphLine(article: PastedArticle, paragraph: number): number | undefined {
  return article.lines.find(({ role }) => role.role === 'paragraph' && role.paragraph === paragraph)?.n;
}

/** What the text says about each field, most trustworthy first. */
function guesses(article: PastedArticle): Record<MetadataField, Guess[]> {
  const found: Record<MetadataField, Guess[]> = { source: [], author: [], authorBio: [], published: [], url: [], language: [] };
  const { bio, byline, dateLine, url, moreFrom, headers, titleSuffix, stamp } = article;
  // Header lines are the teacher's own: trusted before anything the text suggests.
  for (const field of ['source', 'author', 'url'] as const) {
    const header = headers[field];
    if (header) found[field].push({ value: header.value, evidence: `the header line (line ${header.line})` });
  }
  if (headers.published) {
    const iso = /^\d{4}-\d{2}-\d{2}$/u.test(headers.published.value) ? headers.published.value : findDates(headers.published.value)[0]?.iso;
    found.published.push({ value: iso ?? headers.published.value, evidence: `the header line (line ${headers.published.line})` });
  }
  if (titleSuffix) found.source.push({ value: titleSuffix.outlet, evidence: `the site's name after the title (line ${titleSuffix.line}): ${quoted(titleSuffix.cut)}` });
  if (bio) {
    const evidence = `the author bio (line ${bio.line})`;
    if (bio.outlet) found.source.push({ value: bio.outlet, evidence });
    found.author.push({ value: bio.author, evidence });
    found.authorBio.push({ value: bio.text, evidence: `line ${bio.line}` });
  }
  if (byline) found.author.push({ value: byline.author, evidence: `the byline (line ${byline.line})` });
  if (byline?.date) found.published.push({ value: byline.date.iso, evidence: `the byline (line ${byline.line}): ${quoted(byline.date.text)}` });
  if (stamp.author) found.author.push({ value: stamp.author.author, evidence: `the byline cut from line ${stamp.author.line}` });
  if (stamp.date) found.published.push({ value: stamp.date.date.iso, evidence: `the date stamp cut from line ${stamp.date.line}: ${quoted(stamp.date.date.text)}` });
  if (dateLine) found.published.push({ value: dateLine.date.iso, evidence: `the date line (line ${dateLine.line}): ${quoted(dateLine.date.text)}` });

  const lede = article.paragraphs[0];
  if (lede !== undefined) {
    const at = `the start of ¶1 (line ${paragraphLine(article, 1)})`;
    const dateline = readDateline(lede, article.title);
    if (dateline.outlet) found.source.push({ value: dateline.outlet, evidence: `the dateline at ${at}: ${quoted(`(${dateline.outlet})`)}` });
    if (dateline.date) found.published.push({ value: dateline.date.iso, evidence: `${at}: ${quoted(dateline.date.text)}` });
  }
  // A news photo's caption dates the day it was taken, usually the day of the story; an archive (FILE) photo's never does.
  article.captions.forEach((caption, index) => {
    const date = caption.isFilePhoto ? undefined : findDates(caption.text)[0];
    if (date) found.published.push({ value: date.iso, evidence: `caption ${index + 1} (line ${caption.line}): ${quoted(date.text)}` });
  });
  if (moreFrom) found.source.push({ value: moreFrom.outlet, evidence: `${quoted(`More from ${moreFrom.outlet}`)} (line ${moreFrom.line})` });
  if (url) found.url.push({ value: url.url, evidence: `the address line (line ${url.line})` });
  const address = found.url[0];
  const outlet = address ? outletOfUrl(address.value) : undefined;
  if (outlet) found.source.push({ value: outlet, evidence: `the domain of the address (${new URL(address!.value).hostname})` });
  if (stamp.agency) found.source.push({ value: stamp.agency.agency, evidence: `the wire stamp cut from line ${stamp.agency.line}` });
  return found;
}

/** Each field's value and origin; fields neither given nor found are left out (the schema then says which are required). */
export function articleMetadata(article: PastedArticle, flags: MetadataFlags): FieldOrigin[] {
  const found = guesses(article);
  const { manifest: _manifest, ...plain } = flags;
  const given: Partial<Record<MetadataField, string | undefined>> = plain;
  const origins: FieldOrigin[] = [];
  for (const field of ['source', 'author', 'authorBio', 'published', 'url', 'language'] as const) {
    const flag = given[field];
    const guess = found[field][0];
    const listed = field === 'source' || field === 'published' || field === 'author' || field === 'url' ? flags.manifest?.fields[field] : undefined;
    if (listed !== undefined) {
      const evidence = `${flags.manifest!.file}, ${flags.manifest!.at}`;
      origins.push({ field, value: listed, from: 'manifest', evidence, ...(guess && guess.value !== listed ? { overrides: guess } : {}) });
    } else if (flag !== undefined) {
      origins.push({ field, value: flag, from: 'flag', ...(guess && guess.value !== flag ? { overrides: guess } : {}) });
    } else if (guess) origins.push({ field, value: guess.value, from: 'text', evidence: guess.evidence });
    else if (field === 'language') origins.push({ field, value: DEFAULT_LANGUAGE, from: 'default' });
  }
  return origins;
}
