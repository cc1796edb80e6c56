import { joinBase } from '../lib/urls.ts';

/** A path inside this site, under the configured base. */
export function sitePath(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const articlePath = (id: string) => sitePath(`articles/${id}/`);
export const glossaryPath = (id?: string) => sitePath(id ? `glossary/${id}/` : 'glossary/');
export const unitPath = (id: string, page = '') => sitePath(`units/${id}/${page}`);
