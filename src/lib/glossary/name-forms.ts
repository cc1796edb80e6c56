/**
 * The other forms a glossary name takes in real articles, which the matcher
 * finds as well as the name as written:
 *
 * - ALL CAPS, for names with four letters or more that are not in capitals
 *   already: "DAESH" for Daesh, a "DAMASCUS" dateline. Acronyms stay exact, and
 *   so do short names ("Iran" would be "IRAN", fine, but "Al" or "Bab" would
 *   turn up in shouted headlines), hence the four letters.
 * - Dotted and undotted initials, inside a longer name only: "U.S.-led
 *   coalition" and "US-led coalition", "U.N. Security Council" and "UN Security
 *   Council". A name that is only initials ("US", "U.S.") is not folded, so
 *   "US" never comes to match anything new.
 */

const LETTERS = /\p{L}/gu;

/** "Daesh" → "DAESH"; undefined for a name already in capitals or with fewer than four letters. */
export function capitalsForm(name: string): string | undefined {
  const letters = name.match(LETTERS) ?? [];
  if (letters.length < 4 || !/\p{Ll}/u.test(name)) return undefined;
  return name.toUpperCase();
}

/** Initials written with dots ("U.S.", "U.N.") inside a name. */
const DOTTED = /(?<![\p{L}\p{N}])((?:\p{Lu}\.){2,})(?=[\s-])/gu;
/** Initials of two or three capitals without dots ("US", "UN") before more of the name. */
const UNDOTTED = /(?<![\p{L}\p{N}.])(\p{Lu}{2,3})(?=[\s-]\S)/gu;

/** "U.S.-led coalition" ⇄ "US-led coalition"; undefined when the name is only initials or has none. */
export function dottedForm(name: string): string | undefined {
  if (!/[\s-]/u.test(name.trim())) return undefined;
  const undotted = name.replace(DOTTED, (initials: string) => initials.replace(/\./g, ''));
  if (undotted !== name) return undotted;
  const dotted = name.replace(UNDOTTED, (initials: string) => `${initials.split('').join('.')}.`);
  return dotted !== name ? dotted : undefined;
}

/** Every derived form of a name, without the name itself. */
export function derivedForms(name: string): string[] {
  const forms = new Set<string>();
  const dotted = dottedForm(name);
  for (const form of [dotted, capitalsForm(name), dotted ? capitalsForm(dotted) : undefined]) if (form && form !== name) forms.add(form);
  return [...forms];
}
