import type { ParagraphLinker } from '../article-body/paragraphs.ts';
import { linkTerms, type LinkMode } from './link-terms.ts';
import type { Matcher } from './matcher.ts';
import { keepTermsWithAdjacentText, termElement } from './term-markup.ts';

/**
 * Which mentions become terms. Every mention is still counted and listed on
 * the entity's page; this only decides how many buttons a reader sees.
 */
export const LINK_MODES = {
  /** Every mention: dense, but each is tappable. */
  every: 'every',
  /** The default: a citation such as ¶14 lands on a paragraph whose names are all explained, without a button on every repeat. */
  'first-per-paragraph': 'first-per-block',
  /** Lightest: each entity is a term once per article. */
  'first-per-article': 'first-per-document',
} as const satisfies Record<string, LinkMode>;

export type LinkModeName = keyof typeof LINK_MODES;
export const DEFAULT_LINK_MODE: LinkModeName = 'first-per-paragraph';

/** A factory of per-article linkers over one glossary matcher, for the article-body transform. */
export function glossaryLinker(matcher: Matcher, mode: LinkModeName = DEFAULT_LINK_MODE): () => ParagraphLinker {
  return () => {
    const seen = new Set<string>();
    return (paragraph) => {
      const found = linkTerms(paragraph, { matcher, mode: LINK_MODES[mode], createTerm: termElement, seen });
      keepTermsWithAdjacentText(paragraph);
      return found;
    };
  };
}
