/**
 * The entities a reading guide introduces before reading: those most
 * specific to this article against the whole set, by tf-idf over the mention
 * counts. Raw counts would pick the names every article repeats ("United
 * States", "Syria" in a set about Syria), which a student needs least.
 */

export interface EntityCount {
  entityId: string;
  /** Mentions in this article. */
  count: number;
}

export interface SetFrequencies {
  /** Articles in the set. */
  articleCount: number;
  /** How many articles mention the entity (at least 1 for an entity of this article). */
  articleFrequency(entityId: string): number;
}

/**
 * Up to `limit` entity ids, most specific first. The weight is
 * (1 + ln count) × ln(N / df): a name repeated ten times is not ten times as
 * key as one said once, and a name every article mentions weighs nothing.
 * Equal weights go by count, so in a set of one article (or among names
 * every article shares) the most mentioned come first; then first mention.
 */
export function keyEntities(entities: readonly EntityCount[], set: SetFrequencies, limit: number): string[] {
  return entities
    .map((entity, order) => ({ ...entity, order, weight: weight(entity, set) }))
    .sort((a, b) => b.weight - a.weight || b.count - a.count || a.order - b.order)
    .slice(0, limit)
    .map(({ entityId }) => entityId);
}

function weight({ entityId, count }: EntityCount, set: SetFrequencies): number {
  const df = Math.max(1, set.articleFrequency(entityId));
  return (1 + Math.log(count)) * Math.log(set.articleCount / df);
}
