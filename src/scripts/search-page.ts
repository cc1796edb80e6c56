/**
 * The search page: Pagefind's JS API under Gloss's own accessible UI. The
 * query, filters and order live in the URL, so a teacher can share a search.
 * Loaded on /search/ only; no other page loads search code.
 */
import { counted } from '../lib/counted.ts';
import { createAliasExpander } from '../lib/search/aliases.ts';
import { tidyExcerptMarks } from '../lib/search/excerpt.ts';
import { HIGHLIGHT_PARAM, QUERY_PARAM, RESULT_TYPES, SEARCH_FILTERS, SORT_PARAM, unknownFilterValues } from '../lib/search/facets.ts';
import { passageAnchor, type PageAnchor } from '../lib/search/passages.ts';
import { highlightTerms } from '../lib/search/query.ts';
import { groupResults, mergeRuns, type Found, type ResultGroup, type SearchRun } from '../lib/search/results.ts';
import { suggestNames } from '../lib/search/suggestions.ts';
import type { SearchName } from '../pages/search/names.json.ts';
import { element } from './dom.ts';
import { FILTER_GROUPS, renderFilters, type PagesByValue } from './search-filters.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
  anchors: PageAnchor[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
type Filters = Partial<Record<string, string[]>>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const SORTS: Record<string, 'asc' | 'desc'> = { newest: 'desc', oldest: 'asc' };
/** Results shown at once; each needs its own small fetch, so more come on request. */
const PAGE_SIZE = 20;
/** Fewer results than this, and the page suggests glossary names close to the query. */
const FEW_RESULTS = 3;
const GROUP_HEADINGS: Record<ResultGroup, string> = { named: 'Glossary entry', articles: 'In the articles', glossary: 'In the glossary' };

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

export async function startSearchPage(): Promise<void> {
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#search-query');
  const sort = $<HTMLSelectElement>('#search-sort');
  const status = $<HTMLElement>('[data-search-status]');
  const notes = $<HTMLElement>('[data-search-notes]');
  const groups = $<HTMLElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const filtersBox = $<HTMLElement>('[data-search-filters]');
  const base = form.dataset.base ?? '/';

  const params = new URLSearchParams(location.search);
  input.value = params.get(QUERY_PARAM) ?? '';
  sort.value = SORTS[params.get(SORT_PARAM) ?? ''] ? params.get(SORT_PARAM)! : '';

  if (!(await canCompileWebAssembly())) {
    status.textContent =
      'Search cannot run here: it needs WebAssembly, which this browser or the site’s security policy does not allow. The Articles and Glossary pages list everything in the set.';
    return;
  }
  let pagefind: Pagefind;
  let names: SearchName[];
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    names = (await (await fetch(`${base}search/names.json`)).json()) as SearchName[];
  } catch {
    status.textContent = 'The search index is not here: it is made by the build. Run “npm run build”, then “npm run preview”, to search.';
    return;
  }
  const expandAliases = createAliasExpander(names);
  const available = await pagefind.filters();
  const filterPanel = renderFilters(filtersBox, available, params, names);
  const unknown = unknownFilterValues(params, available).filter(({ filter }) => filter !== SEARCH_FILTERS.entry);
  const unknownNote =
    unknown.length > 0
      ? `This address asks for filters this site does not have, which were left out: ${unknown.map(({ filter, value }) => `${filter} “${value}”`).join(', ')}.`
      : '';

  let catalogLoaded: Promise<Catalog> | undefined;
  let latest = 0;
  let current: { shown: Shown[]; query: string; ticket: number } | undefined;

  /** Shows the next page of the current results; `focus` moves to the first new one (after "Show more"). */
  async function showMore(focus: boolean) {
    if (!current) return;
    const { shown, query, ticket } = current;
    const start = groups.querySelectorAll('.search-result').length;
    const page = await Promise.all(shown.slice(start, start + PAGE_SIZE).map(async (item) => ({ item, data: await item.result.data() })));
    if (ticket !== latest) return; // a newer search has started
    const items = page.map(({ item, data }) => {
      const li = resultItem(data, item.found.terms);
      groupList(groups, item.group, shown).append(li);
      return li;
    });
    const count = groups.querySelectorAll('.search-result').length;
    more.hidden = count >= shown.length;
    status.textContent = summary(shown.length, count, query);
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  async function run() {
    const ticket = ++latest;
    const query = input.value.trim();
    const filters = selectedFilters(form);
    writeUrl(query, filters, sort.value);
    const direction = SORTS[sort.value];
    if (query === '' && Object.keys(filters).length === 0) {
      current = undefined;
      groups.replaceChildren();
      more.hidden = true;
      filterPanel.showCounts(undefined);
      showNotes(notes, [unknownNote]);
      status.textContent = 'Type a name, a word or a phrase.';
      return;
    }
    const entity = expandAliases(query)?.entity;
    const [{ runs, results }, named, catalog] = await Promise.all([
      searchRuns(pagefind, expandAliases, query, filters),
      entity ? entryOf(pagefind, entity.name) : undefined,
      (catalogLoaded ??= loadCatalog(pagefind, available)),
    ]);
    if (ticket !== latest) return;
    const found = mergeRuns(runs);
    const dateOrder = direction === 'asc' ? catalog.datedArticles : direction === 'desc' ? [...catalog.datedArticles].reverse() : undefined;
    const grouped = groupResults(found, { articleIds: catalog.articleIds, namedId: named, dateOrder });
    const shown = (Object.keys(grouped) as ResultGroup[]).flatMap((group) => grouped[group].map((item) => ({ group, found: item, result: results.get(item.id)! })));
    filterPanel.showCounts(found, catalog.pagesByValue);
    const suggestions = found.length < FEW_RESULTS && !entity ? suggestNames(query, names) : [];
    showNotes(notes, [
      unknownNote,
      direction && grouped.glossary.length + grouped.named.length > 0
        ? `Articles are in date order, ${direction === 'desc' ? 'newest' : 'oldest'} first. Glossary entries have no date: they follow, best match first.`
        : '',
    ], suggestionLinks(suggestions));
    current = { shown, query, ticket };
    groups.replaceChildren();
    await showMore(false);
  }

  more.addEventListener('click', () => void showMore(true));

  let timer: number | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  };
  input.addEventListener('input', soon);
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement || (event.target instanceof HTMLInputElement && event.target.type === 'checkbox')) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  addResultKeys(input, groups);
  await run();
}

/** A result in the order shown, with the group it is shown in. */
interface Shown {
  group: ResultGroup;
  found: Found;
  result: PagefindResult;
}

/**
 * Pagefind's index read once, to group and count any query's results without
 * fetching each result: the pages that carry each filter value, and the
 * articles in date order.
 */
interface Catalog {
  articleIds: Set<string>;
  pagesByValue: PagesByValue;
  datedArticles: string[];
}

async function loadCatalog(pagefind: Pagefind, available: Record<string, Record<string, number>>): Promise<Catalog> {
  const pagesByValue: PagesByValue = new Map();
  await Promise.all(
    FILTER_GROUPS.map(async ({ key }) => {
      const filter = SEARCH_FILTERS[key];
      const values = Object.keys(available[filter] ?? {});
      const pages = await Promise.all(values.map(async (value) => [value, ids(await pagefind.search(null, { filters: { [filter]: [value] } }))] as const));
      pagesByValue.set(filter, new Map(pages));
    }),
  );
  const dated = await pagefind.search(null, { filters: { [SEARCH_FILTERS.type]: [RESULT_TYPES.article] }, sort: { date: 'asc' } });
  return {
    articleIds: pagesByValue.get(SEARCH_FILTERS.type)?.get(RESULT_TYPES.article) ?? new Set(),
    pagesByValue,
    datedArticles: dated?.results.map((result) => result.id) ?? [],
  };
}

const ids = (search: PagefindSearch | null) => new Set(search?.results.map((result) => result.id) ?? []);

/** The glossary entry that bears this name, to show on top of the results. */
async function entryOf(pagefind: Pagefind, name: string): Promise<string | undefined> {
  return (await pagefind.search(null, { filters: { [SEARCH_FILTERS.entry]: [name] } }))?.results[0]?.id;
}

/**
 * The searches a query makes: the query itself and, when it is a glossary
 * name, the entity's other names as exact phrases and every article the
 * glossary matcher found it in (the `mentions` filter), so "al Qaeda" finds
 * an article that writes "al-Qaida-linked".
 */
async function searchRuns(
  pagefind: Pagefind,
  expandAliases: ReturnType<typeof createAliasExpander>,
  query: string,
  filters: Filters,
): Promise<{ runs: SearchRun[]; results: Map<string, PagefindResult> }> {
  const expanded = expandAliases(query);
  const runs: { query: string | null; filters: Filters; terms: string[] }[] = [{ query: query === '' ? null : query, filters, terms: highlightTerms(query) }];
  if (expanded) {
    const { entity, otherNames } = expanded;
    for (const name of otherNames) runs.push({ query: `"${name}"`, filters, terms: [name] });
    const mentions = [...(filters[SEARCH_FILTERS.mentions] ?? []), entity.name];
    runs.push({ query: null, filters: { ...filters, [SEARCH_FILTERS.mentions]: mentions }, terms: [entity.name, ...entity.aliases] });
  }
  const searches = await Promise.all(runs.map((run) => pagefind.search(run.query, { filters: run.filters })));
  // A page keeps the result of the first search that found it: its excerpt marks what that search matched.
  const results = new Map<string, PagefindResult>();
  for (const result of searches.flatMap((search) => search?.results ?? [])) if (!results.has(result.id)) results.set(result.id, result);
  return {
    // A page found through the filter alone has no score: it follows those the words found.
    runs: searches.map((search, index) => ({
      results: (search?.results ?? []).map(({ id, score }) => ({ id, score: runs[index]!.query === null ? 0 : score })),
      terms: runs[index]!.terms,
    })),
    results,
  };
}

/**
 * Pagefind searches with WebAssembly, which a Content-Security-Policy without
 * 'wasm-unsafe-eval' (or a browser's locked-down mode) forbids. Compiling the
 * smallest module first tells, without Pagefind failing uncaught.
 */
async function canCompileWebAssembly(): Promise<boolean> {
  try {
    await WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    return true;
  } catch {
    return false;
  }
}

function selectedFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]:checked')) {
    (filters[box.dataset.filter!] ??= []).push(box.value);
  }
  return filters;
}

function writeUrl(query: string, filters: Filters, sortValue: string) {
  const params = new URLSearchParams();
  if (query) params.set(QUERY_PARAM, query);
  for (const [key, values] of Object.entries(filters)) for (const value of values ?? []) params.append(key, value);
  if (sortValue) params.set(SORT_PARAM, sortValue);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

/** The list a result of this group goes in, made with its heading when the group's first result is shown. */
function groupList(container: HTMLElement, group: ResultGroup, shown: readonly Shown[]): HTMLOListElement {
  const existing = container.querySelector<HTMLOListElement>(`[data-group="${group}"] ol`);
  if (existing) return existing;
  const total = shown.filter((item) => item.group === group).length;
  const named = shown.some((item) => item.group === 'named');
  const section = element('section', { className: 'search-group' });
  section.dataset.group = group;
  const heading = element('h2', { className: 'search-group__heading', textContent: group === 'glossary' && named ? 'Also in the glossary' : GROUP_HEADINGS[group] });
  if (group !== 'named') heading.append(' ', element('span', { className: 'meta', textContent: `(${total})` }));
  const list = element('ol', { className: 'search-results' });
  section.append(heading, list);
  container.append(section);
  return list;
}

function resultItem(data: PagefindResultData, terms: readonly string[]): HTMLLIElement {
  const type = data.filters[SEARCH_FILTERS.type]?.[0] ?? RESULT_TYPES.article;
  const anchor = passageAnchor(data.locations, data.anchors);
  const url = new URL(data.url, location.href);
  // Each word and phrase on its own, so the opened page marks words that are not next to each other.
  for (const term of terms) url.searchParams.append(HIGHLIGHT_PARAM, term);
  const item = element('li', { className: 'search-result' });
  const heading = element('h3', { className: 'search-result__title' });
  heading.append(element('a', { href: url.pathname + url.search + (anchor ? `#${anchor}` : ''), textContent: data.meta.title ?? data.url }));
  const details = [type, data.meta.outlet, data.meta.date, data.meta.kind].filter(Boolean).join(' · ');
  const excerpt = element('p', { className: 'search-result__excerpt' });
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, element('p', { className: 'meta', textContent: details + (anchor?.startsWith('p') ? ` · ¶${anchor.slice(1)}` : '') }), excerpt);
  return item;
}

/**
 * Pagefind's excerpt is HTML with <mark> around matches. It is parsed inert
 * (a template runs nothing and loads nothing) and rebuilt from its text and
 * marks only, so no markup in an article can reach the page.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const parts = [...template.content.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node instanceof HTMLElement && node.tagName === 'MARK' }));
  return tidyExcerptMarks(parts).map(({ text, marked }) => (marked ? element('mark', { textContent: text }) : document.createTextNode(text)));
}

/** Notes under the status: what the order leaves out, filters the address asked for in vain, "Did you mean …?". */
function showNotes(box: HTMLElement, texts: readonly string[], suggestion?: HTMLElement) {
  box.replaceChildren(...texts.filter(Boolean).map((text) => element('p', { textContent: text })), ...(suggestion ? [suggestion] : []));
}

function suggestionLinks(names: readonly string[]): HTMLElement | undefined {
  if (names.length === 0) return undefined;
  const paragraph = element('p', { className: 'search-suggestions', textContent: 'Did you mean ' });
  names.forEach((name, index) => {
    if (index > 0) paragraph.append(index === names.length - 1 ? ' or ' : ', ');
    const params = new URLSearchParams(location.search);
    params.set(QUERY_PARAM, name);
    paragraph.append(element('a', { href: `?${params}`, textContent: name }));
  });
  paragraph.append('?');
  return paragraph;
}

function summary(total: number, shown: number, query: string): string {
  const what = query ? ` for “${query.length > 60 ? `${query.slice(0, 60)}…` : query}”` : '';
  if (total === 0) return `No results${what}. Try another spelling, fewer words, or fewer filters.`;
  const count = `${counted(total, 'result')}${what}`;
  return shown < total ? `${count}; showing ${shown}.` : `${count}.`;
}

/** ↓ from the field to the first result; ↑/↓ between results; Escape back to the field. */
function addResultKeys(input: HTMLInputElement, list: HTMLElement) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links()[0]) {
      event.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[index + 1] : index === 0 ? input : all[index - 1];
      next?.focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}
