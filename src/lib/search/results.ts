/**
 * Ranking and grouping of search results, apart from Pagefind and the page:
 * several searches (the query, another name of the entity it names, the
 * articles that mention that entity) merge into one list, shown as the entry
 * for the searched name, then "In the articles", then "In the glossary".
 */

/** One search's results, best first, and the words that found them (highlighted on the opened page). */
export interface SearchRun {
  results: readonly { id: string; score: number }[];
  terms: readonly string[];
}

export interface Found {
  id: string;
  /** The best score any search gave it; 0 for a page found only through a filter. */
  score: number;
  terms: string[];
}

export type ResultGroup = 'named' | 'articles' | 'glossary';

export interface GroupedResults {
  /** The glossary entry of the name searched for ("Kerry": John Kerry), if it was found. */
  named: Found[];
  articles: Found[];
  glossary: Found[];
}

/** Merges searches by page: the best score, and the words of the first search that found it. */
export function mergeRuns(runs: readonly SearchRun[]): Found[] {
  const byId = new Map<string, Found>();
  for (const run of runs) {
    for (const { id, score } of run.results) {
      const seen = byId.get(id);
      if (!seen) byId.set(id, { id, score, terms: [...run.terms] });
      else seen.score = Math.max(seen.score, score);
    }
  }
  return [...byId.values()];
}

export interface GroupOptions {
  /** Ids of the pages that are articles; every other result is a glossary entry. */
  articleIds: ReadonlySet<string>;
  /** Id of the entry for the searched name. */
  namedId?: string | undefined;
  /** Article ids in date order (as asked: newest or oldest first); articles then follow it instead of their score. */
  dateOrder?: readonly string[] | undefined;
}

/** Articles before glossary entries, the entry for the searched name on top; best first within each, or by date. */
export function groupResults(found: readonly Found[], { articleIds, namedId, dateOrder }: GroupOptions): GroupedResults {
  const byScore = [...found].sort((a, b) => b.score - a.score);
  const articles = byScore.filter((result) => articleIds.has(result.id));
  if (dateOrder) {
    const rank = new Map(dateOrder.map((id, index) => [id, index]));
    articles.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  }
  const entries = byScore.filter((result) => !articleIds.has(result.id));
  return {
    named: entries.filter((result) => result.id === namedId),
    articles,
    glossary: entries.filter((result) => result.id !== namedId),
  };
}

/**
 * How many of the results each filter value would leave, from the pages that
 * carry each value: the counts for the current query, not whole-site totals.
 */
export function filterCounts(found: readonly Found[], pagesByValue: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [value, pages] of pagesByValue) counts.set(value, found.filter((result) => pages.has(result.id)).length);
  return counts;
}
