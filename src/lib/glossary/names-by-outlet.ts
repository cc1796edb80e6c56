import { foldText } from '../text/fold.ts';

/**
 * Who calls it what: for each entity, the names each outlet used for it
 * ("Voice of America: Islamic State · Foreign Policy: ISIS, Islamic State").
 * Built in one pass over every mention, once per build, beside the mention index.
 */

export interface OutletNames {
  outlet: string;
  /** The names as the outlet wrote them, most used first, with how often. */
  names: { name: string; count: number }[];
  /** All its mentions of the entity. */
  mentions: number;
}

interface MentionLike {
  entityId: string;
  /** The words as written in the article. */
  text: string;
}

/**
 * `articles` gives each article's outlet and mentions. Names that differ only
 * in typography ("Deir ez‑Zor", "Deir ez-Zor") are one, shown as first written;
 * case is kept apart ("DAESH" and "Daesh" are a choice an outlet makes).
 * Outlets come most mentions first, then by name.
 */
export function namesByOutlet(articles: Iterable<{ source: string; mentions: readonly MentionLike[] }>): Map<string, OutletNames[]> {
  const byEntity = new Map<string, Map<string, { mentions: number; names: Map<string, { name: string; count: number }> }>>();
  for (const { source, mentions } of articles) {
    for (const { entityId, text } of mentions) {
      let outlets = byEntity.get(entityId);
      if (!outlets) byEntity.set(entityId, (outlets = new Map()));
      let outlet = outlets.get(source);
      if (!outlet) outlets.set(source, (outlet = { mentions: 0, names: new Map() }));
      outlet.mentions += 1;
      const key = foldText(text).folded;
      const name = outlet.names.get(key);
      if (name) name.count += 1;
      else outlet.names.set(key, { name: text, count: 1 });
    }
  }
  const result = new Map<string, OutletNames[]>();
  for (const [entityId, outlets] of byEntity) {
    result.set(
      entityId,
      [...outlets]
        .map(([outlet, { mentions, names }]) => ({ outlet, mentions, names: [...names.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) }))
        .sort((a, b) => b.mentions - a.mentions || a.outlet.localeCompare(b.outlet)),
    );
  }
  return result;
}
