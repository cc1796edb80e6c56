import type { Definition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { inPageTarget, isSafeUrl, rawHtmlAsText, unsafeDefinitionLabels, unsafeReferenceReplacement, unsafeUrlReplacement } from '../lib/article-body/untrusted-markdown.ts';

declare module 'vfile' {
  interface DataMap {
    /** Where the text's in-page links ("#p3") point, for the build to check. */
    inPageTargets: string[];
  }
}

/**
 * remark plugin: raw HTML renders as visible text, links and references to
 * unsafe addresses keep only their words; in-page link targets are left on
 * `file.data.inPageTargets`.
 */
export default function remarkUntrustedMarkdown() {
  return (tree: Root, file: VFile) => {
    const definitions: Definition[] = [];
    visit(tree, 'definition', (node) => void definitions.push(node));
    const unsafeLabels = unsafeDefinitionLabels(definitions);
    const targets: string[] = [];
    visit(tree, (node, index, parent) => {
      if (node.type === 'definition' && !isSafeUrl(node.url)) node.url = '';
      if (node.type === 'link' || node.type === 'definition') {
        const target = inPageTarget(node.url);
        if (target !== undefined) targets.push(target);
      }
      if (!parent || index === undefined) return undefined;
      if (node.type === 'html') {
        parent.children[index] = rawHtmlAsText(node, parent.type) as never;
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'imageReference') {
        const replacement = node.type === 'link' || node.type === 'image' ? unsafeUrlReplacement(node) : unsafeReferenceReplacement(node, unsafeLabels);
        if (replacement) {
          parent.children.splice(index, 1, ...(replacement as never[]));
          return index;
        }
      }
      return undefined;
    });
    file.data.inPageTargets = targets;
  };
}
