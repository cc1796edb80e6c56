import type { ArticleBodyOptions } from '../lib/article-body/paragraphs.ts';

export interface RenderedBody {
  html: string;
  /** Plain text of each numbered paragraph: index 0 is ¶1. */
  paragraphs: string[];
}

export type BodyRenderer = (markdown: string) => RenderedBody;
export type BodyRendererFactory = (options?: ArticleBodyOptions) => BodyRenderer;
