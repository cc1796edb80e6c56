import type { ParagraphLinker } from '../article-body/paragraphs.ts';
import { linkTerms, type LinkMode } from './link-terms.ts';
import { isoDay } from '../dates.ts';
import { matcherOn, type Matcher } from './matcher.ts';
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

/** The article being rendered, set before each render: its day decides the aliases scoped by date. */
export interface ArticleBeingLinked {
  published?: Date | undefined;
}

/**
 * A factory of per-article linkers over one glossary matcher, for the
 * article-body transform. `article` is read when each article's linker is
 * made: set its `published` before rendering the article.
 */
export function glossaryLinker(matcher: Matcher, mode: LinkModeName = DEFAULT_LINK_MODE, article: ArticleBeingLinked = {}): () => ParagraphLinker {
  return () => {
    const dated = matcherOn(matcher, article.published ? isoDay(article.published) : undefined);
    const seen = new Set<string>();
    return (paragraph) => {
      const found = linkTerms(paragraph, { matcher: dated, mode: LINK_MODES[mode], createTerm: termElement, seen });
      keepTermsWithAdjacentText(paragraph);
      return found.map(({ entityId, start, end }) => ({ entityId, start, end }));
    };
  };
}
