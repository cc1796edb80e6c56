/**
 * The little every page carries for search; Pagefind itself loads only on
 * the search page, or here when a result link brought the reader.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/facets.ts';

/** `/` moves to the header's search box, unless the reader is typing somewhere. */
export function enableSearchShortcut(): void {
  addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box = document.querySelector<HTMLInputElement>('#site-search, #search-query');
    if (!box) return;
    event.preventDefault();
    box.focus();
  });
}

/**
 * A page opened from a search result marks the searched words, with
 * Pagefind's highlighter, fetched only then (as a script element: a dynamic
 * import would make the bundler add a loader to every page).
 */
export function highlightSearchedWords(base: string): void {
  if (!new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${base}pagefind/pagefind-highlight.js`;
  script.addEventListener('load', () => {
    const Highlight = (window as unknown as { PagefindHighlight?: new (options: object) => unknown }).PagefindHighlight;
    if (Highlight) new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  });
  document.head.append(script);
}
