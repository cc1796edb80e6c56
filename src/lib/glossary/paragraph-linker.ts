import type { ParagraphLinker } from '../article-body/paragraphs.ts';
import { DEFAULT_LINK_MODE, linkTerms, type LinkMode } from './link-terms.ts';
import { isoDay } from '../text/dates.ts';
import { matcherOn, type Matcher } from './matcher.ts';
import { keepTermsWithAdjacentText, termElement } from './term-markup.ts';

/** The article being rendered, set before each render: its day decides the aliases scoped by date. */
export interface ArticleBeingLinked {
  published?: Date | undefined;
}

/**
 * A factory of per-article linkers over one glossary matcher, for the
 * article-body transform. `article` is read when each article's linker is
 * made: set its `published` before rendering the article.
 */
export function glossaryLinker(matcher: Matcher, mode: LinkMode = DEFAULT_LINK_MODE, article: ArticleBeingLinked = {}): () => ParagraphLinker {
  return () => {
    const dated = matcherOn(matcher, article.published ? isoDay(article.published) : undefined);
    const seen = new Set<string>();
    return (paragraph) => {
      const found = linkTerms(paragraph, { matcher: dated, mode, createTerm: termElement, seen });
      keepTermsWithAdjacentText(paragraph);
      return found;
    };
  };
}
