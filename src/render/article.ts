import { linkCaptions } from '../lib/article-body/captions.ts';
import type { ArticleBodyOptions } from '../lib/article-body/paragraphs.ts';
import type { Mention } from '../lib/article-body/blocks.ts';
import { bodyRenderers, type BodyRendererName } from './index.ts';

export interface ArticleSource {
  body: string;
  captions: readonly { text: string }[];
}

export interface RenderedArticle {
  /** The body's HTML, paragraphs numbered and terms linked. */
  html: string;
  /** Plain text of each numbered paragraph: index 0 is ¶1. */
  paragraphs: string[];
  /** Each caption's HTML, terms linked: index 0 is caption 1. */
  captionsHtml: string[];
  /** Every glossary mention, in reading order: captions (shown above the body), then paragraphs. */
  mentions: Mention[];
  /** Where the body's in-page links point ("p3" for `#p3`). */
  inPageTargets: string[];
}

/** Renders whole articles, body and captions, through one pipeline and one glossary linker: for the site and the command-line tools alike. */
export function createArticleRenderer(name: BodyRendererName, options: ArticleBodyOptions = {}): (article: ArticleSource) => RenderedArticle {
  const renderBody = bodyRenderers[name](options);
  return ({ body, captions }) => {
    const rendered = renderBody(body);
    const linked = linkCaptions(captions, options);
    return { html: rendered.html, paragraphs: rendered.paragraphs, captionsHtml: linked.html, mentions: [...linked.mentions, ...rendered.mentions], inPageTargets: rendered.inPageTargets };
  };
}
