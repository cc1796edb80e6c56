import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { ArticleBody, isBodyParagraph, type ArticleBodyOptions } from '../lib/article-body/paragraphs.ts';

declare module 'vfile' {
  interface DataMap {
    articleBody: ArticleBody;
  }
}

/** rehype plugin: numbered, citable body paragraphs (and glossary terms); the result is left on `file.data.articleBody`. */
export default function rehypeArticleBody(options: ArticleBodyOptions = {}) {
  return (tree: Root, file: VFile) => {
    const body = new ArticleBody(options);
    visitParents(tree, 'element', (node, ancestors) => {
      if (!isBodyParagraph(node, ancestors.at(-1))) return undefined;
      body.enhance(node);
      return SKIP;
    });
    file.data.articleBody = body;
  };
}
