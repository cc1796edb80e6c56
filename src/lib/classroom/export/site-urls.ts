import { joinBase } from '../../urls.ts';

/** Where the deployed site is, for links that leave the cartridge: an http(s) address, base path included. */
export interface SiteUrls {
  root: string;
  unit(id: string, page?: '' | 'compare/' | 'timeline/'): string;
  article(id: string): string;
}

/**
 * The deployed site's addresses, as the build takes them: `GLOSS_SITE` (or
 * `--site`) the origin, and `GLOSS_BASE` the path it is served under, if any
 * (a path in the address itself works too: https://school.example/guide/).
 * Throws a message naming what to set when the address is missing or not http(s).
 */
export function siteUrls(value: string | undefined, base: string | undefined = undefined): SiteUrls {
  const hint = 'set GLOSS_SITE (or pass --site) to the address the site is deployed at, such as https://school.example, with GLOSS_BASE=/guide/ as for the build if it is served under a path';
  if (value === undefined || value.trim() === '') throw new Error(`No site address: ${hint}`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`"${value}" is not a web address: ${hint}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${value}" is not an http:// or https:// address: ${hint}`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`"${value}" has a query, fragment or password: ${hint}`);
  if (base !== undefined && base.trim() !== '' && base.trim() !== '/') url = new URL(base.trim().replace(/^\/*/u, '/'), url);
  const root = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return {
    root,
    unit: (id, page = '') => joinBase(root, `units/${id}/${page}`),
    article: (id) => joinBase(root, `articles/${id}/`),
  };
}
