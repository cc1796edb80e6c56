import type { APIRoute } from 'astro';
import { groupByKind } from '../../lib/glossary/kinds.ts';
import { getReadingSet } from '../../site/reading-set.ts';

export interface SearchName {
  /** The entry's name, as the `mentions` and `entry` filters spell it. */
  name: string;
  aliases: string[];
  /** The kind, plural, as the "Articles that mention" filter groups names: "People". */
  kind: string;
}

/**
 * Every glossary entry's names, fetched by the search page only: a search for
 * one name also finds the others, and a misspelt name gets suggestions.
 */
export const GET: APIRoute = async () => {
  const { glossary } = await getReadingSet();
  // In the glossary's order of kinds, which the filter's groups follow.
  const names: SearchName[] = groupByKind(glossary.entries).flatMap(({ label, entries }) =>
    entries.map(({ data }) => ({ name: data.name, aliases: data.aliases, kind: label })),
  );
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};
