/**
 * The search index's vocabulary, shared by the pages that feed it and the
 * search page that reads it, so the two cannot drift apart.
 */
export const SEARCH_FILTERS = {
  /** What a result is. */
  type: 'type',
  /** The outlet that published an article. */
  outlet: 'outlet',
  /** A glossary entry's kind (Person, Place…). */
  kind: 'kind',
  /** The glossary entities an article mentions, by name: "mentions John Kerry and Sergey Lavrov" is two values. */
  mentions: 'mentions',
  /** A glossary entry's own name, to find the entry for a searched name; not offered as a filter. */
  entry: 'entry',
} as const;

export type SearchFilterKey = keyof typeof SEARCH_FILTERS;

export const RESULT_TYPES = { article: 'Article', entry: 'Glossary entry', unit: 'Unit' } as const;

/** URL parameters of the search page: the query, each filter by its key, and the sort order. */
export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sort';
/** Searched words travel to the opened page under this parameter, to be highlighted there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Filter values in a shared address that this site's index does not have ("outlet=Reuters"), to tell the reader they were left out. */
export function unknownFilterValues(params: URLSearchParams, available: Record<string, Record<string, number>>): { filter: string; value: string }[] {
  return Object.values(SEARCH_FILTERS).flatMap((filter) =>
    params
      .getAll(filter)
      .filter((value) => available[filter]?.[value] === undefined)
      .map((value) => ({ filter, value })),
  );
}
