import { joinBase } from '../../urls.ts';

/** Where the deployed site is, for links that leave the cartridge: an http(s) address, base path included. */
export interface SiteUrls {
  root: string;
  unit(id: string, page?: '' | 'compare/' | 'timeline/'): string;
  article(id: string): string;
}

/**
 * The deployed site's addresses, from `GLOSS_SITE` or `--site`. Throws a
 * message naming what to set when the value is missing or not a web address.
 */
export function siteUrls(value: string | undefined): SiteUrls {
  const hint = 'set GLOSS_SITE (or pass --site) to the address where the site is deployed, base path included, such as https://school.example/gloss/';
  if (value === undefined || value.trim() === '') throw new Error(`No site address: ${hint}`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`"${value}" is not a web address: ${hint}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`"${value}" is not an http:// or https:// address: ${hint}`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`"${value}" has a query, fragment or password: ${hint}`);
  const root = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return {
    root,
    unit: (id, page = '') => joinBase(root, `units/${id}/${page}`),
    article: (id) => joinBase(root, `articles/${id}/`),
  };
}
