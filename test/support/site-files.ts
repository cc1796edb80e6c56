import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SitePage {
  /** Path of the HTML file inside the build, e.g. "articles/x/index.html". */
  file: string;
  /** Path a browser requests, relative to the site base, e.g. "articles/x/". */
  route: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every HTML page of a build (the 404 page included), read once. */
export function sitePages(outDir: string): SitePage[] {
  return walk(outDir)
    .filter((path) => path.endsWith('.html') && !relative(outDir, path).startsWith('pagefind/'))
    .map((path) => {
      const file = relative(outDir, path);
      return { file, route: file.replace(/index\.html$/, ''), html: readFileSync(path, 'utf8') };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** One representative page per page type, for the slower browser checks. */
export function pageTypeOf(route: string): string {
  if (route === '') return 'home';
  if (route === '404.html') return '404';
  // "units/<id>/compare/" is its own type: a kind, then the page under an item of that kind.
  const [kind = route, , ...page] = route.split('/').filter(Boolean);
  return page.length > 0 ? `${kind}-${page.join('-')}` : kind;
}
