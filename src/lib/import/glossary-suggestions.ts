import { textBlocks } from '../article-body/blocks.ts';
import { uncoveredNames, type UncoveredName } from '../glossary/coverage.ts';
import type { Matcher } from '../glossary/matcher.ts';

export interface NewArticleText {
  slug: string;
  /** Paragraph texts as the site renders them. */
  paragraphs: readonly string[];
  captions: readonly { text: string }[];
}

/**
 * Names in newly imported articles that no glossary entry covers, with
 * counts: the same coverage check as `npm run glossary:check`, over the new
 * articles only, so the editor sees what the import adds to do.
 */
export function glossarySuggestions(articles: readonly NewArticleText[], matcher: Matcher): UncoveredName[] {
  return uncoveredNames(
    articles.map(({ slug, paragraphs, captions }) => ({ articleId: slug, blocks: textBlocks(paragraphs, captions) })),
    matcher,
  );
}
