import { foldText } from '../text/fold.ts';

export interface NamedEntity {
  name: string;
  aliases: readonly string[];
}

/** How a query is compared with names: the glossary's own typographic fold, and case-blind, since people type "isis". */
const key = (text: string) => foldText(text.trim(), { caseInsensitive: true }).folded;

/**
 * Alias-aware search: when the whole query is one entity's name or alias
 * ("Nusra Front", "isis"), the other names to search as well, so that results
 * come back whichever name a text used. Any other query expands to nothing.
 */
export function createAliasExpander(entities: readonly NamedEntity[]): (query: string) => { entity: NamedEntity; otherNames: string[] } | undefined {
  const byName = new Map<string, NamedEntity>();
  for (const entity of entities) for (const name of [entity.name, ...entity.aliases]) byName.set(key(name), entity);
  return (query) => {
    const entity = byName.get(key(query));
    if (!entity) return undefined;
    const typed = key(query);
    return { entity, otherNames: [entity.name, ...entity.aliases].filter((name) => key(name) !== typed) };
  };
}
