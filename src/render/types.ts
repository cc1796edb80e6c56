import type { ArticleBodyOptions } from '../lib/article-body/paragraphs.ts';
import type { Mention } from '../lib/article-body/blocks.ts';

export interface RenderedBody {
  html: string;
  /** Plain text of each numbered paragraph: index 0 is ¶1. */
  paragraphs: string[];
  /** Glossary mentions, in reading order (empty without a linker). */
  mentions: Mention[];
  /** Where the text's in-page links point ("p3" for `#p3`), for the build to check. */
  inPageTargets: string[];
}

export type BodyRenderer = (markdown: string) => RenderedBody;
export type BodyRendererFactory = (options?: ArticleBodyOptions) => BodyRenderer;
