/**
 * A site path under the deploy base: joinBase('/guide/', 'articles/x/') is
 * '/guide/articles/x/'. Every internal link goes through this, so a site
 * built for a sub-path works there.
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}
