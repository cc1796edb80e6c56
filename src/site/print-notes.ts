import type { GlossaryEntry } from './glossary.ts';

/**
 * On paper the popover cards cannot open, so each term gets the number of its
 * endnote, by print-only CSS keyed on `data-entity` (ids are slugs, safe in a
 * selector), leaving the article's HTML as linked. Note 1 is the first entity mentioned.
 */
export function endnoteNumbersCss(entries: readonly GlossaryEntry[]): string {
  return entries.map((entry, index) => `.term[data-entity="${entry.id}"]::after{content:"${index + 1}"}`).join('');
}
