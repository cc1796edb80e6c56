import type { ArticleBodyOptions } from '../lib/article-body/paragraphs.ts';
import type { ArticleMention } from '../lib/glossary/mention-index.ts';

export interface RenderedBody {
  html: string;
  /** Plain text of each numbered paragraph: index 0 is ¶1. */
  paragraphs: string[];
  /** Glossary mentions, in reading order (empty without a linker). */
  mentions: ArticleMention[];
}

export type BodyRenderer = (markdown: string) => RenderedBody;
export type BodyRendererFactory = (options?: ArticleBodyOptions) => BodyRenderer;
