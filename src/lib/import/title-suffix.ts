import { isKnownOutlet } from './outlets.ts';

/**
 * Page titles carry the site's name: "Car bomb kills 34 - Region - World -
 * Ahram Online", "Senate votes – Eagle Rising", "Syria talks | Reuters",
 * "National News Agency - Coalition raids kill 35". The name is cut off and
 * gives the outlet; the section names between it and the headline go too.
 */

export interface TitleParts {
  title: string;
  /** The site's name, when the title carried one. */
  outlet?: string;
  /** What was cut off, as written, for the report. */
  cut?: string;
}

const SEPARATOR = /\s+[|–—-]\s+|\s*\|\s*/u;
/** Words that make a short capitalised phrase a site's name. */
const OUTLET_WORD = /\b(?:News|Online|Times|Post|Agency|Herald|Tribune|Journal|Daily|Press|TV|Radio|Media|Network|Gazette|Telegraph|Guardian|Observer|Monitor|Review|Weekly|Magazine|Today|Wire|Chronicle|Report|Reporter|Insider|Blog|Rising|Sabah)\b|\.(?:com|org|net|co\.uk)\b/u;
/** Site sections printed between the headline and the site's name. */
const SECTION = /^(?:world|region|news|politics|opinion|business|middle east|africa|europe|asia|americas|us|uk|international|local|national|arab world|sport|sports|analysis|features?|latest|home|breaking news)$/iu;
const MAX_NAME_WORDS = 5;

const isCapitalisedPhrase = (text: string) => {
  const words = text.split(/\s+/u);
  return words.length <= MAX_NAME_WORDS && words.every((word) => /^(?:\p{Lu}|\d|&|of$|the$|and$|al-)/u.test(word));
};

/** A segment that names a site: a known outlet, or a short capitalised phrase with a word outlets are named with. */
export function looksLikeSiteName(text: string): boolean {
  return isKnownOutlet(text) || (isCapitalisedPhrase(text) && OUTLET_WORD.test(text));
}

export function splitTitleSuffix(title: string): TitleParts {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return { title };
  const last = parts.at(-1)!.trim();
  const first = parts[0]!.trim();
  if (looksLikeSiteName(last)) {
    let end = parts.length - 1;
    while (end > 1 && SECTION.test(parts[end - 1]!.trim())) end--;
    const head = headOf(title, end);
    if (head.split(/\s+/u).length >= 3) return { title: head, outlet: last, cut: title.slice(head.length).trim() };
  }
  if (looksLikeSiteName(first) && parts.length === 2) {
    const rest = parts[1]!.trim();
    if (rest.split(/\s+/u).length >= 3) return { title: rest, outlet: first, cut: title.slice(0, title.indexOf(rest)).trim() };
  }
  return { title };
}

/** The title up to its `count`-th separator. */
function headOf(title: string, count: number): string {
  let at = 0;
  const separator = new RegExp(SEPARATOR.source, 'gu');
  for (let i = 0; i < count; i++) {
    const match = separator.exec(title);
    if (!match) return title;
    at = match.index;
  }
  return title.slice(0, at).trim();
}
