import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { BUILDS, type BuildName } from '../support/paths.ts';
import { sitePages, type SitePage } from '../support/site-files.ts';

const parser = unified().use(rehypeParse);
const ORIGIN = 'http://site.test';

interface ParsedPage extends SitePage {
  ids: Set<string>;
  links: string[];
}

function parsePage(page: SitePage): ParsedPage {
  const tree = parser.parse(page.html) as Root;
  const ids = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const { id, href, src } = node.properties;
    if (typeof id === 'string') ids.add(id);
    for (const value of [href, src]) if (typeof value === 'string') links.push(value);
  });
  return { ...page, ids, links };
}

/** The file a static host serves for a path inside the build, if any. */
function fileFor(outDir: string, path: string): string | undefined {
  const candidate = join(outDir, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe.each(Object.keys(BUILDS) as BuildName[])('links in the %s build', (name) => {
  const { outDir, base } = BUILDS[name];
  const pages = sitePages(outDir).map(parsePage);
  const byRoute = new Map(pages.map((page) => [page.route, page]));

  it('has the pages a reader expects', () => {
    expect(byRoute.has('')).toBe(true);
    expect(pages.filter((page) => page.route.startsWith('articles/')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(pages.map((page) => [page.file, page] as const))('%s: every internal link and #anchor resolves', (_file, page) => {
    const pageUrl = new URL(base + page.route, ORIGIN);
    const broken: string[] = [];
    for (const link of page.links) {
      const url = new URL(link, pageUrl);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${link} (outside the base ${base})`);
        continue;
      }
      const path = url.pathname.slice(base.length);
      const file = fileFor(outDir, path);
      if (!file) {
        broken.push(`${link} (no file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor) {
        const target = byRoute.get(path) ?? byRoute.get(path.replace(/\/?$/, '/'));
        if (!target?.ids.has(anchor)) broken.push(`${link} (no element with id "${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});
