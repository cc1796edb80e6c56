import { blockText } from '../lib/article-body/blocks.ts';
import { quotedPeople } from '../lib/classroom/quoted.ts';
import { mentionsInContext, type MentionSentence } from '../lib/glossary/mentions-in-context.ts';
import type { GlossaryEntry } from './glossary.ts';
import { getReadingSet, type Article } from './reading-set.ts';

/** What a unit's compare page shows, worked out from the reading set: the page only lays it out. */
export interface CompareView {
  /** Who speaks in each source (in the unit's order): the people it quotes or reports speaking. */
  speakers: GlossaryEntry[][];
  /** Entities two or more of the sources mention, most-mentioned first, with each source's sentences about them. */
  shared: { entry: GlossaryEntry; total: number; bySource: MentionSentence[][] }[];
}

/** How many sentences of each source to show per entity. */
const SENTENCES_PER_SOURCE = 3;

export async function compareView(articles: readonly Article[]): Promise<CompareView> {
  const { glossary, mentions } = await getReadingSet();
  const entry = (id: string) => glossary.byId.get(id)!;
  const speakers = articles.map((article) =>
    quotedPeople(
      mentions.mentionsIn(article.id).filter((m) => entry(m.entityId).data.kind === 'person'),
      (block) => blockText(article, block),
    ).map(entry),
  );
  const counts = new Map<string, number>();
  for (const article of articles) for (const { entityId, count } of mentions.entitiesIn(article.id)) counts.set(entityId, (counts.get(entityId) ?? 0) + count);
  const shared = [...counts.keys()]
    .map((entityId) => ({
      entry: entry(entityId),
      total: counts.get(entityId)!,
      bySource: articles.map(
        (article) =>
          mentionsInContext(
            mentions.mentionsIn(article.id).filter((m) => m.entityId === entityId),
            (block) => blockText(article, block),
            SENTENCES_PER_SOURCE,
          ).sentences,
      ),
    }))
    .filter(({ bySource }) => bySource.filter((sentences) => sentences.length > 0).length >= 2)
    .sort((a, b) => b.total - a.total);
  return { speakers, shared };
}
