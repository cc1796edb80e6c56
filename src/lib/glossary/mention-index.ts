import type { TextBlock } from '../article-body/blocks.ts';

/**
 * Who is mentioned where, computed once per build from every article's
 * mentions: entity pages, article panels, related articles, search facets and
 * lint all read this one reverse index instead of scanning the articles again.
 */

export interface ArticleMention {
  entityId: string;
  /** The name as written in the article ("Deir Ezzor"). */
  text: string;
  /** The paragraph (¶n) or photo caption it is in. */
  block: TextBlock;
  /** Offsets of the mention within that block's plain text. */
  start: number;
  end: number;
}

export interface MentionRef extends ArticleMention {
  articleId: string;
}

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

export class MentionIndex {
  readonly #byEntity = new Map<string, MentionRef[]>();
  readonly #byArticle = new Map<string, EntityInArticle[]>();
  /** entity → articles mentioning it, in the order articles were added. */
  readonly #articlesByEntity = new Map<string, string[]>();

  /** Each article's mentions must come in reading order: captions (above the body), then paragraphs. */
  constructor(articles: Iterable<{ id: string; mentions: readonly ArticleMention[] }>) {
    for (const { id, mentions } of articles) {
      const perEntity = new Map<string, EntityInArticle>();
      for (const mention of mentions) {
        let refs = this.#byEntity.get(mention.entityId);
        if (!refs) this.#byEntity.set(mention.entityId, (refs = []));
        refs.push({ ...mention, articleId: id });
        const seen = perEntity.get(mention.entityId);
        if (seen) seen.count += 1;
        else perEntity.set(mention.entityId, { entityId: mention.entityId, count: 1, first: mention.block });
      }
      this.#byArticle.set(id, [...perEntity.values()]);
      for (const entityId of perEntity.keys()) {
        let list = this.#articlesByEntity.get(entityId);
        if (!list) this.#articlesByEntity.set(entityId, (list = []));
        list.push(id);
      }
    }
  }

  /** Every mention of an entity across the set, in article order then reading order. */
  mentionsOf(entityId: string): readonly MentionRef[] {
    return this.#byEntity.get(entityId) ?? [];
  }

  mentionCount(entityId: string): number {
    return this.mentionsOf(entityId).length;
  }

  /** The articles that mention an entity. */
  articlesMentioning(entityId: string): readonly string[] {
    return this.#articlesByEntity.get(entityId) ?? [];
  }

  /** The entities an article mentions, in order of first mention. */
  entitiesIn(articleId: string): readonly EntityInArticle[] {
    return this.#byArticle.get(articleId) ?? [];
  }

  /**
   * The other articles sharing the most entities with this one. Walks only the
   * postings of this article's own entities, never every pair of articles.
   */
  relatedTo(articleId: string, limit = 5): RelatedArticle[] {
    const shared = new Map<string, string[]>();
    for (const { entityId } of this.entitiesIn(articleId)) {
      for (const other of this.articlesMentioning(entityId)) {
        if (other === articleId) continue;
        let list = shared.get(other);
        if (!list) shared.set(other, (list = []));
        list.push(entityId);
      }
    }
    const order = new Map([...this.#byArticle.keys()].map((id, index) => [id, index]));
    return [...shared.entries()]
      .map(([id, entities]) => ({ articleId: id, shared: entities.sort((a, b) => this.mentionCount(b) - this.mentionCount(a)) }))
      .sort((a, b) => b.shared.length - a.shared.length || order.get(a.articleId)! - order.get(b.articleId)!)
      .slice(0, limit);
  }

  /** Entities that no article mentions: an editor should check their names and aliases. */
  unmentioned(entityIds: Iterable<string>): string[] {
    return [...entityIds].filter((id) => !this.#byEntity.has(id));
  }
}
