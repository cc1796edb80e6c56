/**
 * The search page: Pagefind's JS API under Gloss's own accessible UI. The
 * query, filters and order live in the URL, so a teacher can share a search.
 * Loaded on /search/ only; no other page loads search code.
 */
import { createAliasExpander, type NamedEntity } from '../lib/search/aliases.ts';
import { HIGHLIGHT_PARAM, QUERY_PARAM, RESULT_TYPES, SEARCH_FILTERS, SORT_PARAM, type SearchFilterKey } from '../lib/search/facets.ts';
import { passageAnchor, type PageAnchor } from '../lib/search/passages.ts';

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

const SORTS: Record<string, Record<string, 'asc' | 'desc'>> = { newest: { date: 'desc' }, oldest: { date: 'asc' } };
/** Filter groups, in the order shown, with their legends. */
const FILTER_GROUPS: { key: SearchFilterKey; legend: string }[] = [
  { key: 'type', legend: 'Show' },
  { key: 'outlet', legend: 'Outlet' },
  { key: 'kind', legend: 'Kind of entry' },
  { key: 'mentions', legend: 'Articles that mention' },
];
/** Results shown at once; each needs its own small fetch, so more come on request. */
const PAGE_SIZE = 20;
/** Results of several searches (a name and its aliases) merged in date order: as many as are dated and sorted. */
const MAX_SORTED = 200;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

export async function startSearchPage(): Promise<void> {
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#search-query');
  const sort = $<HTMLSelectElement>('#search-sort');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
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
  let expandAliases: ReturnType<typeof createAliasExpander>;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    const names = (await (await fetch(`${base}search/names.json`)).json()) as NamedEntity[];
    expandAliases = createAliasExpander(names);
  } catch {
    status.textContent = 'The search index is not here: it is made by the build. Run “npm run build”, then “npm run preview”, to search.';
    return;
  }
  renderFilters(filtersBox, await pagefind.filters(), params);

  let latest = 0;
  let current: { found: Loadable[]; query: string; ticket: number } | undefined;

  /** Shows the next page of the current results; `focus` moves to the first new one (after "Show more"). */
  async function showMore(focus: boolean) {
    if (!current) return;
    const { found, query, ticket } = current;
    const start = list.children.length;
    const page = await Promise.all(found.slice(start, start + PAGE_SIZE).map((item) => item.load()));
    if (ticket !== latest) return; // a newer search has started
    const items = page.map(({ data, words }) => resultItem(data, words));
    list.append(...items);
    more.hidden = list.children.length >= found.length;
    status.textContent = summary(found.length, list.children.length, query);
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  async function run() {
    const ticket = ++latest;
    const query = input.value.trim();
    const filters = selectedFilters(form);
    writeUrl(query, filters, sort.value);
    if (query === '' && Object.keys(filters).length === 0) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a name, a word or a phrase.';
      return;
    }
    const found = await searchWithAliases(pagefind, expandAliases, query, filters, SORTS[sort.value]);
    if (ticket !== latest) return;
    current = { found, query, ticket };
    list.replaceChildren();
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
    if (event.target !== input) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  addResultKeys(input, list);
  await run();
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

interface Loaded {
  data: PagefindResultData;
  /** The words that found it, to highlight on the opened page: the query, or another name of the entity it names. */
  words: string;
}

/** A result whose details (excerpt, title…) are fetched only when it is shown. */
interface Loadable {
  load(): Promise<Loaded>;
}

/**
 * The query's results and, when it is a glossary name, the results for the
 * entity's other names as exact phrases, best first. A page found by the
 * query itself keeps that result (its excerpt marks what was typed).
 */
async function searchWithAliases(
  pagefind: Pagefind,
  expandAliases: ReturnType<typeof createAliasExpander>,
  query: string,
  filters: Filters,
  sort: Record<string, 'asc' | 'desc'> | undefined,
): Promise<Loadable[]> {
  const otherNames = expandAliases(query)?.otherNames ?? [];
  const queries = [query === '' ? null : query, ...otherNames.map((name) => `"${name}"`)];
  const words = [query, ...otherNames];
  const searches = await Promise.all(queries.map((q) => pagefind.search(q, { filters, ...(sort ? { sort } : {}) })));
  const byId = new Map<string, { result: PagefindResult; words: string; score: number }>();
  searches.forEach((search, index) => {
    for (const result of search?.results ?? []) {
      const seen = byId.get(result.id);
      if (!seen) byId.set(result.id, { result, words: words[index]!, score: result.score });
      else seen.score = Math.max(seen.score, result.score);
    }
  });
  const found = [...byId.values()];
  const loadable = ({ result, words }: { result: PagefindResult; words: string }): Loadable => ({ load: async () => ({ data: await result.data(), words }) });
  if (!sort) return found.sort((a, b) => b.score - a.score).map(loadable);
  if (searches.length === 1) return found.map(loadable); // Pagefind sorted it already
  // Several sorted lists merge by date, which only a result's details hold: date a bounded number of them.
  const dated = await Promise.all(found.slice(0, MAX_SORTED).map((item) => loadable(item).load()));
  const direction = sort.date === 'asc' ? 1 : -1;
  dated.sort((a, b) => (a.data.meta.published ?? '').localeCompare(b.data.meta.published ?? '') * direction);
  return dated.map((loaded) => ({ load: async () => loaded }));
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

function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, params: URLSearchParams) {
  const groups = FILTER_GROUPS.map(({ key, legend }) => {
    const filterName = SEARCH_FILTERS[key];
    const values = Object.entries(available[filterName] ?? {}).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    if (values.length === 0) return undefined;
    const fieldset = element('fieldset', { className: `search-filter search-filter--${key}` });
    fieldset.append(element('legend', { textContent: legend }));
    const chosen = new Set(params.getAll(filterName));
    values.forEach(([value, count], index) => {
      const id = `filter-${key}-${index}`;
      const box = element('input', { type: 'checkbox', id, value, checked: chosen.has(value) });
      box.dataset.filter = filterName;
      const label = element('label', { htmlFor: id });
      label.append(box, ` ${value} `, element('span', { className: 'meta', textContent: `(${count})` }));
      fieldset.append(label);
    });
    return fieldset;
  }).filter((group): group is HTMLFieldSetElement => group !== undefined);
  if (groups.length === 0) return;
  // Open when filters are on, except on a phone, where the results would start a screen further down.
  const on = filterParamCount(params);
  const details = element('details', { className: 'search-filters__panel', open: on > 0 && matchMedia('(min-width: 40rem)').matches });
  details.append(element('summary', { textContent: on > 0 ? `Filters (${on} on)` : 'Filters' }), ...groups);
  box.replaceChildren(details);
}

function filterParamCount(params: URLSearchParams): number {
  return Object.values(SEARCH_FILTERS).reduce((count, key) => count + params.getAll(key).length, 0);
}

function resultItem(data: PagefindResultData, words: string): HTMLLIElement {
  const type = data.filters[SEARCH_FILTERS.type]?.[0] ?? RESULT_TYPES.article;
  const anchor = passageAnchor(data.locations, data.anchors);
  const url = new URL(data.url, location.href);
  if (words) url.searchParams.set(HIGHLIGHT_PARAM, words);
  const item = element('li', { className: 'search-result' });
  const heading = element('h2', { className: 'search-result__title' });
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
  return [...template.content.childNodes].map((node) =>
    node instanceof HTMLElement && node.tagName === 'MARK' ? element('mark', { textContent: node.textContent ?? '' }) : document.createTextNode(node.textContent ?? ''),
  );
}

function summary(total: number, shown: number, query: string): string {
  const what = query ? ` for “${query.length > 60 ? `${query.slice(0, 60)}…` : query}”` : '';
  if (total === 0) return `No results${what}. Try another spelling, fewer words, or fewer filters.`;
  const count = `${total} result${total === 1 ? '' : 's'}${what}`;
  return shown < total ? `${count}; showing ${shown}.` : `${count}.`;
}

/** ↓ from the field to the first result; ↑/↓ between results; Escape back to the field. */
function addResultKeys(input: HTMLInputElement, list: HTMLOListElement) {
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}
