/**
 * What marks a line as a photo caption or a photo credit in pasted text:
 * a credit in parentheses at its end ("(Photo by X)", "(AP Photo/X)"), a
 * "FILE –" lead-in (agency style for archive photos), or a "Photo credit:"
 * line. A caption repeated twice in a row is found by the article parser,
 * which sees neighbouring lines.
 */

export interface CaptionParts {
  /** The caption without its credit. */
  text: string;
  credit?: string;
}

/** "(Photo by X)", "(Photo: X)", "(Photograph by X)", "(AP Photo/X)", "(Reuters/X)" at the very end. */
const CREDIT_AT_END = /\s*\((?:(?:photo(?:graph)?|picture|image)s?\s*(?:by\s+|:\s*)([^()]+?)|((?:AP|AFP|EPA|UPI|Reuters|Getty Images)(?:\s+Photo)?\s*\/\s*[^()]+?))\)\s*$/iu;
/** "FILE –", "FILE -", "FILE:", "FILE PHOTO:" at the start: an archive photo's caption. */
const FILE_PHOTO = /^FILE(?:\s+PHOTO)?\s*(?:[-–—:]|\s-)\s*\S/u;
/** "Photo credit: X", "Top image credit: X", "Credit: X": a line that is only a credit. */
const CREDIT_LINE = /^(?:(?:top|main|lead|featured|cover|header)\s+)?(?:(?:photo|image|picture)\s+)?credits?\s*:\s*(\S.{0,150})$/iu;

/** The caption and its credit, when the line ends with a photo credit in parentheses. */
export function captionWithCredit(text: string): CaptionParts | undefined {
  const match = CREDIT_AT_END.exec(text);
  if (!match) return undefined;
  const caption = text.slice(0, match.index).trim();
  const credit = (match[1] ?? match[2] ?? '').trim();
  return caption === '' ? undefined : { text: caption, credit };
}

/** Splits off a credit if there is one; the caption text otherwise stays as written. */
export function captionParts(text: string): CaptionParts {
  return captionWithCredit(text) ?? { text };
}

/** An archive photo's caption ("FILE – Kerry and Lavrov in Geneva…"). Archive photos are old: their dates are not the article's. */
export function isFilePhotoCaption(text: string): boolean {
  return FILE_PHOTO.test(text);
}

/** The credit a "Photo credit: X" line gives. */
export function creditLine(text: string): string | undefined {
  return CREDIT_LINE.exec(text)?.[1]?.trim();
}
