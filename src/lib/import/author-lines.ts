import { dateLine, type FoundDate } from './find-dates.ts';

/**
 * Who wrote the article, where the pasted text says it: an author bio at the
 * end ("Colum Lynch is a senior staff writer at Foreign Policy. Twitter:
 * @columlynch") or a byline near the top ("By Colum Lynch").
 */

export interface AuthorBio {
  author: string;
  /** The outlet the bio names ("at Foreign Policy"), if it names one. */
  outlet?: string;
}

/** A person's name: two to four capitalised words ("Colum Lynch", "Jean-Marc Ayrault", "Bassma Kodmani"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der)[-\s])?\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
/** An outlet's name: capitalised words, with "of", "the" or "and" inside; it ends at a full stop ("Foreign Policy. Twitter: …"). */
const OUTLET = String.raw`\p{Lu}[\p{L}\p{M}\p{N}&'’-]*(?:\s+(?:(?:of|the|and)\s+)?\p{Lu}[\p{L}\p{M}\p{N}&'’-]*){0,5}`;
/** Jobs that make "X is a … at Y" a bio rather than a sentence of the story. */
const JOB = String.raw`(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|fellow|analyst|producer|chief|author|researcher|professor|commentator|blogger)s?`;

const BIO = new RegExp(String.raw`^(${NAME}) is (?:a|an|the|our)\s(?:[^.]{0,120}?\s)?${JOB}\b(?:[^.]{0,80}?\s(?:at|for|with|of)\s+(?:the\s+)?(${OUTLET}))?`, 'u');
const BYLINE = new RegExp(String.raw`^By\s+(${NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*)${NAME})*)$`, 'u');

/** The author and outlet an author bio names. Only whole-line bios of a readable length count. */
export function authorBio(text: string): AuthorBio | undefined {
  if (text.length > 400) return undefined;
  const match = BIO.exec(text);
  if (!match) return undefined;
  const outlet = match[2]?.replace(/[’']+$/u, '');
  return outlet ? { author: match[1]!, outlet } : { author: match[1]! };
}

const POSTED = new RegExp(String.raw`^(?:Posted|Written|Published)?\s*[Bb]y:?\s+(${NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*)${NAME})*)\s*(?:\bon\b|\||,|\s-\s|–|—)\s*(.+)$`, 'u');

/** "Posted by X on 19 Sep 2016", "By X | Sept. 19, 2016", "By X, 19/09/2016": the author and the date the line gives. */
export function postedLine(text: string): { author: string; date: FoundDate } | undefined {
  const match = POSTED.exec(text);
  if (!match || text.length > 200) return undefined;
  const date = dateLine(match[2]!);
  return date ? { author: match[1]!, date: { ...date, index: date.index + text.indexOf(match[2]!) } } : undefined;
}

/** The author(s) a byline line names ("By Colum Lynch", "By Anne Barnard and Hwaida Saad"). */
export function byline(text: string): string | undefined {
  return BYLINE.exec(text)?.[1];
}
