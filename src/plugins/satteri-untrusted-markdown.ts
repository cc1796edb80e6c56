import type { Definition, Html, Image, ImageReference, Link, LinkReference, Nodes } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { inPageTarget, isSafeUrl, rawHtmlAsText, unsafeDefinitionLabels, unsafeReferenceReplacement, unsafeUrlReplacement } from '../lib/article-body/untrusted-markdown.ts';

declare module 'satteri' {
  interface DataMap {
    /** Where the text's in-page links ("#p3") point, for the build to check. */
    inPageTargets: string[];
  }
}

/** Every definition in the tree, nested ones (in quotes, list items) included. */
function definitionsIn(node: Nodes, found: Definition[] = []): Definition[] {
  if (node.type === 'definition') found.push(node);
  if ('children' in node) for (const child of node.children) definitionsIn(child, found);
  return found;
}

/** Sätteri mdast plugin: the same untrusted-text rules as remark-untrusted-markdown, with the same `data.inPageTargets`. */
export const satteriUntrustedMarkdown: MdastPluginEntry = ({ data }) => {
  const targets: string[] = [];
  data.inPageTargets = targets;
  let unsafeLabels: ReadonlySet<string> = new Set();
  const keepTarget = (url: string) => {
    const target = inPageTarget(url);
    if (target !== undefined) targets.push(target);
  };
  return {
    name: 'gloss-untrusted-markdown',
    before(root) {
      unsafeLabels = unsafeDefinitionLabels(definitionsIn(root as Nodes));
    },
    html(node, ctx) {
      ctx.replaceNode(node, rawHtmlAsText(node as Html, ctx.parent(node)?.type) as never);
    },
    link(node, ctx) {
      keepTarget(node.url);
      const replacement = unsafeUrlReplacement(node as Link);
      if (replacement) ctx.replaceNode(node, replacement as never);
    },
    image(node, ctx) {
      const replacement = unsafeUrlReplacement(node as Image);
      if (replacement) ctx.replaceNode(node, replacement as never);
    },
    linkReference(node, ctx) {
      const replacement = unsafeReferenceReplacement(node as LinkReference, unsafeLabels);
      if (replacement) ctx.replaceNode(node, replacement as never);
    },
    imageReference(node, ctx) {
      const replacement = unsafeReferenceReplacement(node as ImageReference, unsafeLabels);
      if (replacement) ctx.replaceNode(node, replacement as never);
    },
    definition(node, ctx) {
      keepTarget(node.url);
      if (!isSafeUrl(node.url)) ctx.setProperty(node, 'url', '');
    },
  };
};
