import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSafeUrl, rawHtmlAsText, unsafeUrlReplacement } from '../lib/article-body/untrusted-markdown.ts';

/** remark plugin: raw HTML renders as visible text and unsafe link addresses are dropped. */
export default function remarkUntrustedMarkdown() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'definition' && !isSafeUrl(node.url)) node.url = '';
      if (!parent || index === undefined) return undefined;
      if (node.type === 'html') {
        parent.children[index] = rawHtmlAsText(node, parent.type) as never;
      } else if (node.type === 'link' || node.type === 'image') {
        const replacement = unsafeUrlReplacement(node);
        if (replacement) {
          parent.children.splice(index, 1, ...(replacement as never[]));
          return index;
        }
      }
      return undefined;
    });
  };
}
