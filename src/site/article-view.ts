import type { TextBlock } from '../lib/article-body/blocks.ts';
import { apa7, chicago, mla9, type Citation } from '../lib/classroom/citations.ts';
import { keyEntities } from '../lib/classroom/key-entities.ts';
import { formulasCover, readability, type Readability } from '../lib/classroom/readability.ts';
import type { ArticleQuestionsData } from '../lib/content/schemas.ts';
import type { GlossaryEntry } from './glossary.ts';
import { glossaryProperNouns } from './proper-nouns.ts';
import { getReadingSet, type Article } from './reading-set.ts';
import { unitPlacesOf, type UnitPlace } from './unit-pages.ts';

/**
 * What an article's page shows, worked out in one place from the reading
 * set: the page and its components only lay it out.
 */
export interface ArticleView {
  article: Article;
  /** The entities the article mentions, in order of first mention, each with its count and first block. */
  entities: { entry: GlossaryEntry; count: number; first: TextBlock }[];
  /** The entities the reading guide introduces before reading: the most specific to this article (tf-idf over the set). */
  keyEntities: GlossaryEntry[];
  /** The article's own questions, if it has any. */
  questions: ArticleQuestionsData | undefined;
  /** The reading level; undefined for a language the formulas were not made for. */
  level: Readability | undefined;
  /** The articles sharing the most entities with this one, with the names of a few of those entities. */
  related: { article: Article; shared: number; sharedNames: string[] }[];
  /** Every unit the article is read in: the first heads its printed page. */
  units: UnitPlace[];
  /** MLA, APA and Chicago, in that order. */
  citations: { id: string; name: string; citation: Citation }[];
}

/** How many entities the reading guide introduces. */
const KEY_ENTITIES = 5;
/** How many related articles the panel lists, and how many shared names each shows. */
const RELATED_ARTICLES = 5;
const SHARED_NAMES = 4;

export async function articleView(article: Article): Promise<ArticleView> {
  const { classroom, glossary, mentions, byId } = await getReadingSet();
  const entry = (id: string) => glossary.byId.get(id)!;
  const inArticle = mentions.entitiesIn(article.id);
  const { data } = article;
  const citable = { title: data.title, source: data.source, author: data.author, published: data.published, url: data.url, periodical: data.periodical };
  return {
    article,
    entities: inArticle.map(({ entityId, count, first }) => ({ entry: entry(entityId), count, first })),
    keyEntities: keyEntities(inArticle, mentions, KEY_ENTITIES).map(entry),
    questions: classroom.questions.get(article.id),
    // The formulas are English ones: another language gets no grade, and is told why.
    level: formulasCover(data.language) ? readability(article.paragraphs) : undefined,
    related: mentions.relatedTo(article.id, RELATED_ARTICLES).map(({ articleId, shared }) => ({
      article: byId.get(articleId)!,
      shared: shared.length,
      sharedNames: shared.slice(0, SHARED_NAMES).map((id) => glossary.byId.get(id)?.data.name ?? id),
    })),
    units: await unitPlacesOf(article.id),
    citations: [
      { id: 'mla', name: 'MLA 9', citation: mla9(citable) },
      // APA writes titles in sentence case: the glossary's names tell which words are names and keep their capitals.
      { id: 'apa', name: 'APA 7', citation: apa7(citable, await glossaryProperNouns()) },
      { id: 'chicago', name: 'Chicago', citation: chicago(citable) },
    ],
  };
}
