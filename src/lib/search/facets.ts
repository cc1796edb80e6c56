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
} as const;

export type SearchFilterKey = keyof typeof SEARCH_FILTERS;

export const RESULT_TYPES = { article: 'Article', entry: 'Glossary entry', unit: 'Unit' } as const;

/** URL parameters of the search page: the query, each filter by its key, and the sort order. */
export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sort';
/** Searched words travel to the opened page under this parameter, to be highlighted there. */
export const HIGHLIGHT_PARAM = 'highlight';
