/**
 * The little every page carries for search and cited paragraphs; Pagefind
 * itself loads only on the search page, or here when a result link brought the reader.
 */
import { CITED_PARAM, parseCitedParagraphs } from '../lib/article-body/cited-paragraphs.ts';
import { paragraphId } from '../lib/article-body/paragraphs.ts';
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
    // Across elements: a term is one button a word ("Deir", "al-", "Zor"), and a phrase must be marked whole.
    if (Highlight) new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'pagefind-highlight', acrossElements: true } });
  });
  document.head.append(script);
}

/**
 * A link to "¶2–3" opens at ¶2, the fragment's `:target`, and names both in
 * `?paragraphs=2-3`: each is marked as the target is. Following a plain ¶
 * link elsewhere on the page ends the marking.
 */
export function markCitedParagraphs(): void {
  const apply = () => {
    const ids = parseCitedParagraphs(new URLSearchParams(location.search).get(CITED_PARAM)).map(paragraphId);
    const marked = ids.includes(location.hash.slice(1)) ? ids : [];
    for (const paragraph of document.querySelectorAll('.is-cited')) paragraph.classList.remove('is-cited');
    for (const id of marked) document.getElementById(id)?.classList.add('is-cited');
  };
  apply();
  addEventListener('hashchange', apply);
  // Such a link into this same page marks the paragraphs without reloading it.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname || !url.searchParams.has(CITED_PARAM)) return;
    event.preventDefault();
    history.replaceState(history.state, '', url.pathname + url.search + location.hash);
    location.hash = url.hash;
    apply();
  });
}
