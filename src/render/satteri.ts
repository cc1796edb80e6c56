import { markdownToHtml } from 'satteri';
import { satteriArticleBody } from '../plugins/satteri-article-body.ts';
import { satteriUntrustedMarkdown } from '../plugins/satteri-untrusted-markdown.ts';
import type { BodyRendererFactory } from './types.ts';

/** Article bodies through Sätteri (Rust parser, JS visitors over the same hast core as the rehype plugins). */
export const createSatteriRenderer: BodyRendererFactory = (options = {}) => {
  const hastPlugins = [satteriArticleBody(options)];
  const mdastPlugins = [satteriUntrustedMarkdown];
  return (markdown) => {
    const result = markdownToHtml(markdown, { mdastPlugins, hastPlugins });
    // Only async visitors make Sätteri return a promise, and ours are all synchronous.
    if (result instanceof Promise) throw new Error('Gloss’s Sätteri plugins must stay synchronous');
    return { html: result.html.trimEnd(), paragraphs: result.data.articleBody?.paragraphs ?? [], mentions: result.data.articleBody?.mentions ?? [], inPageTargets: result.data.inPageTargets ?? [] };
  };
};

/** Editor-written Markdown that needs no paragraph numbers (glossary entries, unit instructions), under the same untrusted-text rules. */
export function renderProseSatteri(markdown: string): string {
  const result = markdownToHtml(markdown, { mdastPlugins: [satteriUntrustedMarkdown] });
  if (result instanceof Promise) throw new Error('Gloss’s Sätteri plugins must stay synchronous');
  return result.html.trimEnd();
}
