import type { APIRoute } from 'astro';
import { getReadingSet } from '../../site/reading-set.ts';

export interface SearchName {
  /** The entry's name, as the `mentions` filter spells it. */
  name: string;
  aliases: string[];
}

/** Every glossary entry's names, fetched by the search page only, so that a search for one name also finds the others. */
export const GET: APIRoute = async () => {
  const { glossary } = await getReadingSet();
  const names: SearchName[] = glossary.entries.map(({ data }) => ({ name: data.name, aliases: data.aliases }));
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};
