import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeArticleBody from '../plugins/rehype-article-body.ts';
import remarkUntrustedMarkdown from '../plugins/remark-untrusted-markdown.ts';
import type { BodyRendererFactory } from './types.ts';

/** Markdown to hast, untrusted-text rules applied: what bodies and prose share. */
const markdownToHast = () => unified().use(remarkParse).use(remarkGfm).use(remarkUntrustedMarkdown).use(remarkRehype);
/** Named references, as Sätteri writes them; the two differ only in escaping `>` in text. */
const STRINGIFY = { characterReferences: { useNamedReferences: true } } as const;

/** Article bodies through remark and rehype: the reference pipeline, slower than Sätteri. */
export const createUnifiedRenderer: BodyRendererFactory = (options = {}) => {
  const processor = markdownToHast().use(rehypeArticleBody, options).use(rehypeStringify, STRINGIFY).freeze();
  return (markdown) => {
    const file = processor.processSync(markdown);
    return { html: String(file), paragraphs: file.data.articleBody?.paragraphs ?? [], mentions: file.data.articleBody?.mentions ?? [], inPageTargets: file.data.inPageTargets ?? [] };
  };
};

let proseProcessor: ReturnType<typeof proseProcessorOf> | undefined;
const proseProcessorOf = () => markdownToHast().use(rehypeStringify, STRINGIFY).freeze();

/** Editor-written Markdown that needs no paragraph numbers, through remark and rehype. */
export function renderProseUnified(markdown: string): string {
  proseProcessor ??= proseProcessorOf();
  return String(proseProcessor.processSync(markdown)).trimEnd();
}
