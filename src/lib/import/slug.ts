/**
 * File names for imported articles. The name is the page's address
 * (/articles/<slug>/), so it comes from the title, in the lowercase letters,
 * digits and hyphens the content loader accepts.
 */

/** Long titles make unwieldy addresses: cut at a word boundary past this. */
const MAX_LENGTH = 80;

/** "Syria’s Truce in Peril: Russia–US Tensions Rise" → "syrias-truce-in-peril-russia-us-tensions-rise". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ]/gu, '') // "Syria’s" is one word, not "syria-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}
