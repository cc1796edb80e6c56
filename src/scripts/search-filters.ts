/**
 * The search page's filters: a checkbox for every value, with its count for
 * the current query; "Articles that mention" grouped by kind, offering only
 * the names in the results, with a box to find a name.
 */
import { foldText } from '../lib/text/fold.ts';
import { SEARCH_FILTERS, type SearchFilterKey } from '../lib/search/facets.ts';
import { filterCounts, type Found } from '../lib/search/results.ts';
import type { SearchName } from '../pages/search/names.json.ts';
import { element } from './dom.ts';

/** For each filter, the pages (by Pagefind id) that carry each of its values. */
export type PagesByValue = Map<string, Map<string, Set<string>>>;

/** Filter groups, in the order shown, with their legends. */
export const FILTER_GROUPS: { key: SearchFilterKey; legend: string }[] = [
  { key: 'type', legend: 'Show' },
  { key: 'outlet', legend: 'Outlet' },
  { key: 'kind', legend: 'Kind of entry' },
  { key: 'mentions', legend: 'Articles that mention' },
];
export interface FilterPanel {
  /** Each value's count among these results (whole-site totals without results); names in none of them are hidden. */
  showCounts(found: readonly Found[] | undefined, pagesByValue?: PagesByValue): void;
}

/** The filters, every value a checkbox; "Articles that mention" grouped by kind, with a box to find a name. */
export function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, params: URLSearchParams, names: readonly SearchName[]): FilterPanel {
  const kindOf = new Map(names.map((entry) => [entry.name, entry.kind]));
  const kinds = [...new Set(names.map((entry) => entry.kind))];
  const counters: { filter: string; value: string; label: HTMLLabelElement; box: HTMLInputElement; count: HTMLElement }[] = [];
  const fieldsets = FILTER_GROUPS.map(({ key, legend }) => {
    const filterName = SEARCH_FILTERS[key];
    const values = Object.entries(available[filterName] ?? {}).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    if (values.length === 0) return undefined;
    const fieldset = element('fieldset', { className: `search-filter search-filter--${key}` });
    fieldset.append(element('legend', { textContent: legend }));
    const chosen = new Set(params.getAll(filterName));
    const labels = values.map(([value, total], index) => {
      const id = `filter-${key}-${index}`;
      const input = element('input', { type: 'checkbox', id, value, checked: chosen.has(value) });
      input.dataset.filter = filterName;
      const count = element('span', { className: 'meta', textContent: `(${total})` });
      const label = element('label', { htmlFor: id });
      label.append(input, ` ${value} `, count);
      counters.push({ filter: filterName, value, label, box: input, count });
      return { value, label };
    });
    if (key !== 'mentions') {
      fieldset.append(...labels.map(({ label }) => label));
      return fieldset;
    }
    const find = element('input', { type: 'search', className: 'search-filter__find', id: 'filter-mentions-find', autocomplete: 'off' });
    const findLabel = element('label', { htmlFor: find.id, className: 'search-filter__find-label', textContent: 'Find a name' });
    fieldset.append(findLabel, find);
    const groups = [...kinds, ''].map((kind) => {
      const inKind = labels.filter(({ value }) => (kindOf.get(value) ?? '') === kind);
      if (inKind.length === 0) return undefined;
      const group = element('fieldset', { className: 'search-filter__kind' });
      group.append(element('legend', { textContent: kind || 'Other' }), ...inKind.sort((a, b) => a.value.localeCompare(b.value)).map(({ label }) => label));
      return group;
    });
    fieldset.append(...groups.filter((group): group is HTMLFieldSetElement => group !== undefined));
    const folded = (text: string) => foldText(text, { caseInsensitive: true }).folded;
    find.addEventListener('input', () => {
      const wanted = folded(find.value.trim());
      for (const { label, value } of labels) label.classList.toggle('is-filtered-out', !folded(value).includes(wanted));
      hideEmptyKinds(fieldset);
    });
    // Enter in the name box finds names; it does not submit the search.
    find.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
    return fieldset;
  }).filter((group): group is HTMLFieldSetElement => group !== undefined);
  if (fieldsets.length === 0) return { showCounts: () => undefined };
  // Open when filters are on, except on a phone, where the results would start a screen further down.
  const on = filterParamCount(params, available);
  const details = element('details', { className: 'search-filters__panel', open: on > 0 && matchMedia('(min-width: 40rem)').matches });
  details.append(element('summary', { textContent: on > 0 ? `Filters (${on} on)` : 'Filters' }), ...fieldsets);
  box.replaceChildren(details);
  return {
    showCounts(found, pagesByValue) {
      const counts = new Map<string, Map<string, number> | undefined>(
        FILTER_GROUPS.map(({ key }) => [SEARCH_FILTERS[key], found && filterCounts(found, pagesByValue?.get(SEARCH_FILTERS[key]) ?? new Map())]),
      );
      for (const { filter, value, label, box: input, count } of counters) {
        const n = counts.get(filter)?.get(value) ?? available[filter]?.[value] ?? 0;
        count.textContent = `(${n})`;
        // Only the entities in the current results are offered (and any ticked one).
        label.classList.toggle('is-absent', filter === SEARCH_FILTERS.mentions && n === 0 && !input.checked);
      }
      for (const fieldset of box.querySelectorAll<HTMLFieldSetElement>('.search-filter--mentions')) hideEmptyKinds(fieldset);
    },
  };
}

/** A kind whose names are all hidden is hidden too. */
function hideEmptyKinds(fieldset: HTMLFieldSetElement) {
  for (const group of fieldset.querySelectorAll<HTMLFieldSetElement>('.search-filter__kind')) {
    group.hidden = [...group.querySelectorAll('label')].every((label) => label.classList.contains('is-absent') || label.classList.contains('is-filtered-out'));
  }
}

/** Filters on in the address, among those this site has. */
function filterParamCount(params: URLSearchParams, available: Record<string, Record<string, number>>): number {
  return FILTER_GROUPS.reduce((count, { key }) => {
    const filter = SEARCH_FILTERS[key];
    return count + params.getAll(filter).filter((value) => available[filter]?.[value] !== undefined).length;
  }, 0);
}
