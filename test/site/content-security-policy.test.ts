import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { BUILDS, type BuildName } from '../support/paths.ts';
import { sitePages } from '../support/site-files.ts';

const parser = unified().use(rehypeParse);

/** What `style-src 'self'` and `script-src 'self'` would block in a page: inline styles, style attributes, inline scripts, event handlers. */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  visit(parser.parse(html) as Root, 'element', (node: Element) => {
    if (node.tagName === 'style') found.push('<style>');
    if (node.tagName === 'script' && node.properties.src === undefined && node.properties.type !== 'application/json') found.push('inline <script>');
    if (node.properties.style !== undefined) found.push(`style= on <${node.tagName}>`);
    for (const name of Object.keys(node.properties)) if (/^on[a-z]+$/i.test(name)) found.push(`${name}= on <${node.tagName}>`);
    const href = node.properties.href;
    if (typeof href === 'string' && /^\s*javascript:/i.test(href)) found.push('javascript: link');
  });
  return found;
}

describe.each(Object.keys(BUILDS) as BuildName[])('the %s build under a strict Content-Security-Policy', (name) => {
  it.each(sitePages(BUILDS[name].outDir).map((page) => [page.route || '/', page.html]))('/%s has no inline style or script', (_route, html) => {
    expect(inlineCode(html)).toEqual([]);
  });
});
