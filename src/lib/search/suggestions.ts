import { distance } from 'fastest-levenshtein';
import { foldText } from '../text/fold.ts';
import type { NamedEntity } from './aliases.ts';

const key = (text: string) => foldText(text.trim(), { caseInsensitive: true }).folded;

/** Edits allowed for a query of this length: one per three letters, at least one. */
const allowedEdits = (length: number) => Math.max(1, Math.floor(length / 3));

/**
 * "Did you mean …?": the glossary names (and aliases, and single words of
 * names: "Lavrov" in "Sergey Lavrov") closest to a query by edit distance,
 * nearest first, one name per entity. A query that already is a name suggests nothing.
 */
export function suggestNames(query: string, entities: readonly NamedEntity[], max = 3): string[] {
  const typed = key(query);
  if (typed.length < 3) return [];
  const candidates = new Map<NamedEntity, { name: string; edits: number }>();
  for (const entity of entities) {
    const names = [entity.name, ...entity.aliases];
    const words = names.flatMap((name) => name.split(/\s+/)).filter((word) => word.length >= 3);
    for (const name of [...names, ...words]) {
      const folded = key(name);
      if (folded === typed) return [];
      const edits = distance(typed, folded);
      if (edits > allowedEdits(typed.length)) continue;
      const seen = candidates.get(entity);
      if (!seen || edits < seen.edits) candidates.set(entity, { name, edits });
    }
  }
  return [...candidates.values()]
    .sort((a, b) => a.edits - b.edits || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(({ name }) => name);
}
