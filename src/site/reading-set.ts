import { getCollection, type CollectionEntry } from 'astro:content';
import type { Mention } from '../lib/article-body/blocks.ts';
import { checkInPageLinks } from '../lib/article-body/untrusted-markdown.ts';
import { glossaryLinker, type ArticleBeingLinked } from '../lib/glossary/paragraph-linker.ts';
import { MentionIndex } from '../lib/glossary/mention-index.ts';
import { namesByOutlet, type OutletNames } from '../lib/glossary/names-by-outlet.ts';
import { countWords, readingMinutes } from '../lib/reading-time.ts';
import { settings } from '../lib/settings.ts';
import { createArticleRenderer } from '../render/article.ts';
import { loadClassroom, type Classroom } from './classroom.ts';
import { loadGlossary, type Glossary } from './glossary.ts';

export interface Article {
  id: string;
  data: CollectionEntry<'articles'>['data'];
  html: string;
  /** Plain text of each numbered paragraph (index 0 is ¶1). */
  paragraphs: string[];
  /** Each photo caption's HTML, glossary terms linked (index 0 is caption 1). */
  captionsHtml: string[];
  mentions: Mention[];
  wordCount: number;
  readingMinutes: number;
}

export interface ReadingSet {
  /** In reading order: oldest first, then by title. */
  articles: Article[];
  byId: Map<string, Article>;
  glossary: Glossary;
  /** Who is mentioned where: the one reverse index every page reads. */
  mentions: MentionIndex;
  /** Entity → the names each outlet used for it, computed once with the index. */
  outletNames: Map<string, OutletNames[]>;
  /** Questions and units. */
  classroom: Classroom;
}

/**
 * Every article rendered and linked once per build, in one place, and the
 * cross-references computed once from the result: pages only look things up.
 */
async function loadReadingSet(): Promise<ReadingSet> {
  const glossary = await loadGlossary();
  const { markdown, glossaryLinks } = settings();
  // The article being rendered: its date decides which entry a name scoped by date links to.
  const current: ArticleBeingLinked = {};
  const render = createArticleRenderer(markdown, { createLinker: glossaryLinker(glossary.matcher, glossaryLinks, current) });
  const entries = await getCollection('articles');
  for (const entry of entries) {
    if (!entry.data.url) console.warn(`[citations] ${entry.filePath ?? `articles/${entry.id}.md`}: no "url": its citations give no address; add where the article was published`);
  }
  const articles = entries
    .map((entry): Article => {
      current.published = entry.data.published;
      const { inPageTargets, ...rendered } = render({ body: entry.body ?? '', captions: entry.data.captions });
      checkInPageLinks(entry.filePath ?? `articles/${entry.id}.md`, inPageTargets, rendered.paragraphs.length);
      const wordCount = rendered.paragraphs.reduce((sum, text) => sum + countWords(text), 0);
      return { id: entry.id, data: entry.data, ...rendered, wordCount, readingMinutes: readingMinutes(wordCount) };
    })
    .sort((a, b) => a.data.published.getTime() - b.data.published.getTime() || a.data.title.localeCompare(b.data.title));
  const mentions = new MentionIndex(articles);
  const outletNames = namesByOutlet(articles.map((article) => ({ source: article.data.source, mentions: article.mentions })));
  for (const id of mentions.unmentioned(glossary.byId.keys())) {
    const entry = glossary.byId.get(id)!;
    console.warn(`[glossary] ${entry.file}: "${entry.data.name}" matches nothing in the articles; check its name and aliases`);
  }
  const classroom = await loadClassroom(new Map(articles.map((article) => [article.id, article.paragraphs.length])));
  return { articles, byId: new Map(articles.map((article) => [article.id, article])), glossary, mentions, outletNames, classroom };
}

let cached: Promise<ReadingSet> | undefined;

/** Memoised for the build; in dev every request reloads, so edits show at once. */
export function getReadingSet(): Promise<ReadingSet> {
  if (import.meta.env.DEV) return loadReadingSet();
  cached ??= loadReadingSet();
  return cached;
}
