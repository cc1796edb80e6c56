import type { Html, Image, Link } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { isSafeUrl, rawHtmlAsText, unsafeUrlReplacement } from '../lib/article-body/untrusted-markdown.ts';

/** Sätteri mdast plugin: the same untrusted-text rules as remark-untrusted-markdown. */
export const satteriUntrustedMarkdown: MdastPluginDefinition = {
  name: 'gloss-untrusted-markdown',
  html(node, ctx) {
    ctx.replaceNode(node, rawHtmlAsText(node as Html, ctx.parent(node)?.type) as never);
  },
  link(node, ctx) {
    const replacement = unsafeUrlReplacement(node as Link);
    if (replacement) ctx.replaceNode(node, replacement as never);
  },
  image(node, ctx) {
    const replacement = unsafeUrlReplacement(node as Image);
    if (replacement) ctx.replaceNode(node, replacement as never);
  },
  definition(node, ctx) {
    if (!isSafeUrl(node.url)) ctx.setProperty(node, 'url', '');
  },
};
