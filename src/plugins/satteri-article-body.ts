import type { Element, ElementContent, Parents, Properties } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { ArticleBody, isBodyParagraph, type ArticleBodyOptions } from '../lib/article-body/paragraphs.ts';

declare module 'satteri' {
  interface DataMap {
    articleBody: ArticleBody;
  }
}

/** Sätteri hast plugin over the same core as rehype-article-body; the result is left on `data.articleBody`. */
export function satteriArticleBody(options: ArticleBodyOptions = {}): HastPluginEntry {
  return ({ data }) => {
    const body = new ArticleBody(options);
    data.articleBody = body;
    return {
      name: 'gloss-article-body',
      element: {
        filter: ['p'],
        visit(node, ctx) {
          if (!isBodyParagraph(node, ctx.parent(node) as Parents | undefined)) return undefined;
          // Visitors see a read-only view of the tree: work on a plain copy and hand it back.
          return body.enhance(copyElement(node as Element));
        },
      },
    };
  };
}

/**
 * A deep copy of a paragraph's subtree, by hand: structuredClone, run on every
 * paragraph of every article, cost more than the rest of the plugin.
 * Positions are shared (nothing changes them); property lists are copied.
 */
function copyElement(node: Element): Element {
  return { ...node, properties: copyProperties(node.properties), children: node.children.map(copyContent) };
}

function copyContent(node: ElementContent): ElementContent {
  return node.type === 'element' ? copyElement(node) : { ...node };
}

function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const [key, value] of Object.entries(properties)) copy[key] = Array.isArray(value) ? [...value] : value;
  return copy;
}
