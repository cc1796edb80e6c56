import type { Mention, TextBlock } from '../article-body/blocks.ts';

/**
 * Who is mentioned where, computed once per build from every article's
 * mentions: entity pages, article panels, related articles, search facets and
 * lint all read this one reverse index instead of scanning the articles again.
 */

/** A mention, as the index gives it back: with the article it is in. */
export type IndexedMention = Mention & { articleId: string };

export interface EntityInArticle {
  entityId: string;
  count: number;
  /** The first paragraph or caption that mentions it. */
  first: TextBlock;
}

export interface RelatedArticle {
  articleId: string;
  /** Entities both articles mention, most-mentioned first. */
  shared: string[];
}

/** Postings walked per article when finding related articles; see `relatedTo`. */
const RELATED_POSTINGS_BUDGET = 2_000;

export class MentionIndex {
  readonly #byEntity = new Map<string, IndexedMention[]>();
  readonly #byArticle = new Map<string, EntityInArticle[]>();
  /** Article → its mentions, in reading order. */
  readonly #mentionsByArticle = new Map<string, IndexedMention[]>();
  /** Article → its place in the order articles were added. */
  readonly #order = new Map<string, number>();
  /** entity → the articles mentioning it, as article numbers (places in #ids), in the order articles were added. */
  readonly #postingsByEntity = new Map<string, number[]>();
  /** Article ids in the order they were added. */
  readonly #ids: string[] = [];
  /** Shared-entity counts per article number, all zero between calls of relatedTo. */
  #shared: Uint32Array | undefined;

  /** Each article's mentions must come in reading order: captions (above the body), then paragraphs. */
  constructor(articles: Iterable<{ id: string; mentions: readonly Mention[] }>) {
    for (const { id, mentions } of articles) {
      this.#order.set(id, this.#ids.length);
      this.#ids.push(id);
      const perEntity = new Map<string, EntityInArticle>();
      const inArticle: IndexedMention[] = [];
      this.#mentionsByArticle.set(id, inArticle);
      for (const mention of mentions) {
        let refs = this.#byEntity.get(mention.entityId);
        if (!refs) this.#byEntity.set(mention.entityId, (refs = []));
        const ref = { ...mention, articleId: id };
        refs.push(ref);
        inArticle.push(ref);
        const seen = perEntity.get(mention.entityId);
        if (seen) seen.count += 1;
        else perEntity.set(mention.entityId, { entityId: mention.entityId, count: 1, first: mention.block });
      }
      this.#byArticle.set(id, [...perEntity.values()]);
      for (const entityId of perEntity.keys()) {
        let postings = this.#postingsByEntity.get(entityId);
        if (!postings) this.#postingsByEntity.set(entityId, (postings = []));
        postings.push(this.#ids.length - 1);
      }
    }
  }

  /** Every mention of an entity across the set, in article order then reading order. */
  mentionsOf(entityId: string): readonly IndexedMention[] {
    return this.#byEntity.get(entityId) ?? [];
  }

  mentionCount(entityId: string): number {
    return this.mentionsOf(entityId).length;
  }

  /** Every mention in one article, in reading order. */
  mentionsIn(articleId: string): readonly IndexedMention[] {
    return this.#mentionsByArticle.get(articleId) ?? [];
  }

  /** An entity's mentions grouped by article, in article order: one pass, for the entity's page. */
  mentionsByArticle(entityId: string): { articleId: string; mentions: IndexedMention[] }[] {
    const groups: { articleId: string; mentions: IndexedMention[] }[] = [];
    for (const mention of this.mentionsOf(entityId)) {
      const last = groups.at(-1);
      if (last?.articleId === mention.articleId) last.mentions.push(mention);
      else groups.push({ articleId: mention.articleId, mentions: [mention] });
    }
    return groups;
  }

  /** How many articles there are in the set. */
  get articleCount(): number {
    return this.#ids.length;
  }

  /** How many articles mention an entity, without listing them. */
  articleFrequency(entityId: string): number {
    return this.#postings(entityId).length;
  }

  /** The articles that mention an entity. */
  articlesMentioning(entityId: string): readonly string[] {
    return this.#postings(entityId).map((n) => this.#ids[n]!);
  }

  #postings(entityId: string): readonly number[] {
    return this.#postingsByEntity.get(entityId) ?? [];
  }

  /** The entities an article mentions, in order of first mention. */
  entitiesIn(articleId: string): readonly EntityInArticle[] {
    return this.#byArticle.get(articleId) ?? [];
  }

  /**
   * The other articles sharing the most entities with this one. Walks only the
   * postings of this article's own entities, rarest entity first, and at most
   * `budget` postings in all: an entity that nearly every article mentions
   * ("Syria" in a set about Syria) says little about relatedness, and walking
   * its postings for every article would make the build quadratic.
   */
  relatedTo(articleId: string, limit = 5, budget = RELATED_POSTINGS_BUDGET): RelatedArticle[] {
    const own = this.entitiesIn(articleId);
    const byRarity = own.map(({ entityId }) => entityId).sort((a, b) => this.#postings(a).length - this.#postings(b).length);
    // Counts by article number in one reused array: a Map keyed by id costs more than the walk.
    const shared = this.#sharedScratch();
    const self = this.#order.get(articleId);
    const touched: number[] = [];
    let walked = 0;
    for (const entityId of byRarity) {
      if (walked >= budget) break;
      const postings = this.#postings(entityId);
      const end = Math.min(postings.length, budget - walked);
      walked += end;
      for (let i = 0; i < end; i++) {
        const other = postings[i]!;
        if (other === self) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other]! += 1;
      }
    }
    // The top `limit`, kept in order as candidates arrive: no sort of thousands of candidates.
    const ranksBefore = (a: number, b: number) => shared[a]! > shared[b]! || (shared[a] === shared[b] && a < b);
    const top: number[] = [];
    for (const candidate of touched) {
      if (top.length === limit && !ranksBefore(candidate, top.at(-1)!)) continue;
      let at = top.length;
      while (at > 0 && ranksBefore(candidate, top[at - 1]!)) at--;
      top.splice(at, 0, candidate);
      if (top.length > limit) top.pop();
    }
    for (const other of touched) shared[other] = 0;
    // Which entities are shared is worked out for the few winners only.
    const mine = new Set(byRarity);
    return top.map((n) => ({
      articleId: this.#ids[n]!,
      shared: this.entitiesIn(this.#ids[n]!)
        .map(({ entityId }) => entityId)
        .filter((entityId) => mine.has(entityId))
        .sort((a, b) => this.mentionCount(b) - this.mentionCount(a)),
    }));
  }

  #sharedScratch(): Uint32Array {
    return (this.#shared ??= new Uint32Array(this.#ids.length));
  }

  /** Entities that no article mentions: an editor should check their names and aliases. */
  unmentioned(entityIds: Iterable<string>): string[] {
    return [...entityIds].filter((id) => !this.#byEntity.has(id));
  }
}
