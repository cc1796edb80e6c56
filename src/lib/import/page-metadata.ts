import { findDates } from './find-dates.ts';

/**
 * An article page's metadata, best source first: schema.org JSON-LD
 * (NewsArticle and its kin), OpenGraph and `article:` meta tags,
 * `<meta name=author>`, `<link rel=canonical>` and `<html lang>`. Each field
 * says where it came from, for the report.
 */

export type PageField = 'title' | 'author' | 'published' | 'source' | 'url' | 'description' | 'language';

export interface PageValue {
  value: string;
  /** Where it was read: "JSON-LD NewsArticle.author", "meta property=og:site_name". */
  from: string;
}

export type PageMetadata = Partial<Record<PageField, PageValue>>;

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|WebPage|ReviewNewsArticle|Report|LiveBlogPosting|ScholarlyArticle|SocialMediaPosting)$/u;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A name from a JSON-LD value: a string, a Person or Organization's name, or a list of them. */
function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== undefined);
    return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
  }
  if (value && typeof value === 'object') return nameOf(value.name);
  return undefined;
}

function jsonLdObjects(document: Document): Record<string, Json>[] {
  const objects: Record<string, Json>[] = [];
  const visit = (value: Json) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Pages wrap JSON-LD in CDATA markers for old parsers.
      const json = (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/u, '').replace(/(?:\/\/\s*)?\]\]>\s*$/u, '');
      visit(JSON.parse(json) as Json);
    } catch {
      // Broken JSON-LD is common; the meta tags are read next.
    }
  }
  return objects;
}

function isArticle(object: Record<string, Json>): string | undefined {
  const types = ([] as Json[]).concat(object['@type'] ?? []);
  return types.find((type): type is string => typeof type === 'string' && ARTICLE_TYPES.test(type));
}

/** A calendar day from an ISO timestamp or a written date. */
function day(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/u.exec(value.trim())?.[1];
  return iso ?? findDates(value)[0]?.iso;
}

function meta(document: Document, attribute: 'property' | 'name' | 'itemprop', key: string): PageValue | undefined {
  const value = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content')?.trim();
  if (value) return { value, from: `<meta ${attribute}="${key}">` };
  // Pages often write OpenGraph and article: tags with name= instead of property=.
  return attribute === 'property' ? meta(document, 'name', key) : undefined;
}

export function pageMetadata(document: Document): PageMetadata {
  const found: PageMetadata = {};
  const offer = (field: PageField, candidate: PageValue | undefined) => {
    // An author given as a profile address is no name: a later source may have one.
    if (field === 'author' && candidate && /^https?:\/\//iu.test(candidate.value.trim())) return;
    if (candidate && candidate.value.trim() !== '' && !found[field]) found[field] = { value: candidate.value.trim(), from: candidate.from };
  };
  for (const object of jsonLdObjects(document)) {
    const type = isArticle(object);
    if (!type) continue;
    const from = (key: string) => `JSON-LD ${type}.${key}`;
    const text = (key: string) => (typeof object[key] === 'string' ? (object[key] as string) : undefined);
    offer('title', text('headline') ? { value: text('headline')!, from: from('headline') } : undefined);
    const author = nameOf(object.author);
    offer('author', author ? { value: author, from: from('author') } : undefined);
    const published = day(text('datePublished')) ?? day(text('dateCreated'));
    offer('published', published ? { value: published, from: from('datePublished') } : undefined);
    const publisher = nameOf(object.publisher);
    offer('source', publisher ? { value: publisher, from: from('publisher') } : undefined);
    const url = text('url') ?? (typeof object.mainEntityOfPage === 'string' ? object.mainEntityOfPage : undefined);
    offer('url', url ? { value: url, from: from('url') } : undefined);
    offer('description', text('description') ? { value: text('description')!, from: from('description') } : undefined);
    offer('language', text('inLanguage') ? { value: text('inLanguage')!, from: from('inLanguage') } : undefined);
  }
  offer('title', meta(document, 'property', 'og:title'));
  offer('author', meta(document, 'property', 'article:author'));
  offer('author', meta(document, 'name', 'author'));
  offer('author', meta(document, 'name', 'byl'));
  for (const key of ['article:published_time', 'og:published_time', 'article:publicationdate', 'article:published']) {
    const tag = meta(document, 'property', key);
    const published = day(tag?.value);
    offer('published', published ? { value: published, from: tag!.from } : undefined);
  }
  for (const [attribute, key] of [['itemprop', 'datePublished'], ['name', 'date'], ['name', 'pubdate'], ['name', 'DC.date.issued']] as const) {
    const tag = meta(document, attribute, key);
    const published = day(tag?.value);
    offer('published', published ? { value: published, from: tag!.from } : undefined);
  }
  const time = document.querySelector('time[datetime]');
  const timeDay = day(time?.getAttribute('datetime') ?? undefined);
  offer('published', timeDay ? { value: timeDay, from: '<time datetime>' } : undefined);
  offer('source', meta(document, 'property', 'og:site_name'));
  offer('source', meta(document, 'name', 'application-name'));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  offer('url', canonical ? { value: canonical, from: '<link rel="canonical">' } : undefined);
  offer('url', meta(document, 'property', 'og:url'));
  offer('description', meta(document, 'property', 'og:description'));
  offer('description', meta(document, 'name', 'description'));
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  offer('language', lang ? { value: lang, from: '<html lang>' } : undefined);
  offer('title', (() => {
    const title = document.querySelector('title')?.textContent?.trim();
    return title ? { value: title, from: '<title>' } : undefined;
  })());
  // Only web addresses: a relative or script address is no citation.
  if (found.url && !/^https?:\/\//iu.test(found.url.value)) delete found.url;
  return found;
}
