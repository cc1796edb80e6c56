import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeArticleBody from '../plugins/rehype-article-body.ts';
import remarkUntrustedMarkdown from '../plugins/remark-untrusted-markdown.ts';
import type { BodyRendererFactory } from './types.ts';

/** Article bodies through remark and rehype: the reference pipeline, slower than Sätteri. */
export const createUnifiedRenderer: BodyRendererFactory = (options = {}) => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkUntrustedMarkdown)
    .use(remarkRehype)
    .use(rehypeArticleBody, options)
    // Named references, as Sätteri writes them; the two differ only in escaping `>` in text.
    .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
    .freeze();
  return (markdown) => {
    const file = processor.processSync(markdown);
    return { html: String(file), paragraphs: file.data.articleBody?.paragraphs ?? [], mentions: file.data.articleBody?.mentions ?? [], inPageTargets: file.data.inPageTargets ?? [] };
  };
};
