import type { Element, Parents } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { ArticleBody, isBodyParagraph, type ArticleBodyOptions } from '../lib/article-body/paragraphs.ts';

declare module 'satteri' {
  interface DataMap {
    articleBody: ArticleBody;
  }
}

/** Sätteri hast plugin over the same core as rehype-article-body; the result is left on `data.articleBody`. */
export function satteriArticleBody(options: ArticleBodyOptions = {}): HastPluginEntry {
  return ({ data }) => {
    const body = new ArticleBody(options);
    data.articleBody = body;
    return {
      name: 'gloss-article-body',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (!isBodyParagraph(node, ctx.parent(node) as Parents | undefined)) return undefined;
          // Visitors see a read-only view of the tree: work on a plain copy and hand it back.
          return body.enhance(structuredClone(node) as Element);
        },
      },
    };
  };
}
