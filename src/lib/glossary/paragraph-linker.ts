import type { ParagraphLinker } from '../article-body/paragraphs.ts';
import { DEFAULT_LINK_MODE, linkTerms, type LinkMode } from './link-terms.ts';
import type { Matcher } from './matcher.ts';
import { keepTermsWithAdjacentText, termElement } from './term-markup.ts';

/** A factory of per-article linkers over one glossary matcher, for the article-body transform. */
export function glossaryLinker(matcher: Matcher, mode: LinkMode = DEFAULT_LINK_MODE): () => ParagraphLinker {
  return () => {
    const seen = new Set<string>();
    return (paragraph) => {
      const found = linkTerms(paragraph, { matcher, mode, createTerm: termElement, seen });
      keepTermsWithAdjacentText(paragraph);
      return found;
    };
  };
}
