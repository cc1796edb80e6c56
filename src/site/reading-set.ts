import { getCollection, type CollectionEntry } from 'astro:content';
import { countWords, readingMinutes } from '../lib/reading-time.ts';
import { bodyRenderers, resolveRendererName } from '../render/index.ts';

export interface Article {
  id: string;
  data: CollectionEntry<'articles'>['data'];
  html: string;
  /** Plain text of each numbered paragraph (index 0 is ¶1). */
  paragraphs: string[];
  wordCount: number;
  readingMinutes: number;
}

export interface ReadingSet {
  /** In reading order: oldest first, then by title. */
  articles: Article[];
  byId: Map<string, Article>;
}

/**
 * Every article rendered once per build, in one place, so that pages (and,
 * later, cross-references) share the work instead of redoing it per page.
 */
async function loadReadingSet(): Promise<ReadingSet> {
  const render = bodyRenderers[resolveRendererName(process.env.GLOSS_MARKDOWN)]();
  const entries = await getCollection('articles');
  const articles = entries
    .map((entry): Article => {
      const { html, paragraphs } = render(entry.body ?? '');
      const wordCount = paragraphs.reduce((sum, text) => sum + countWords(text), 0);
      return { id: entry.id, data: entry.data, html, paragraphs, wordCount, readingMinutes: readingMinutes(wordCount) };
    })
    .sort((a, b) => a.data.published.getTime() - b.data.published.getTime() || a.data.title.localeCompare(b.data.title));
  return { articles, byId: new Map(articles.map((article) => [article.id, article])) };
}

let cached: Promise<ReadingSet> | undefined;

/** Memoised for the build; in dev every request reloads, so edits show at once. */
export function getReadingSet(): Promise<ReadingSet> {
  if (import.meta.env.DEV) return loadReadingSet();
  cached ??= loadReadingSet();
  return cached;
}
