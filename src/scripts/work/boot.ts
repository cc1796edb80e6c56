/**
 * The first-load part of students' work and reading supports, kept tiny (the
 * reading page's JS budget is 3 KB gzip in all): applies the remembered
 * reading settings, marks the page as scripted (controls that need JavaScript
 * show), and fetches the rest (./lazy.ts) when the reader first reaches for
 * it, or at once when there is saved work, or a student's file, to show.
 */
import { GLOBAL_NAME, READING_KEY, VIEW_KEY } from './keys.ts';
// Built as a file of its own; this is its address.
import lazySrc from './lazy.ts?worker&url';

type Act = (typeof import('./work.ts'))['act'];

export function bootStudentWork(base: string): void {
  const d = document;
  const root = d.documentElement;
  let loading: Promise<Act> | undefined;
  // An address, not a module the bundler follows: it leaves this import() as it is, without its ~1 KB preload helper.
  // The script starts itself and leaves `act` behind.
  const load = () =>
    (loading ??= import(/* @vite-ignore */ lazySrc).then(
      () => (globalThis as unknown as Record<string, Act>)[GLOBAL_NAME]!,
    ));
  // "speech" where the browser can read aloud: the Listen button shows there only.
  root.dataset.js = 'speechSynthesis' in window ? 'speech' : '';
  d.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-work]');
    if (control) void load().then((act) => act(control));
  });
  d.addEventListener('focusin', (event) => (event.target as Element).matches('[data-work-field]') && load());
  // Selecting words may be the start of a highlight (on a page without an article, the script loads and finds none to make).
  d.addEventListener('selectionchange', () => getSelection()?.isCollapsed || load());
  // Storage may be blocked (it throws): then the page keeps its own settings, and the rest says so when reached for.
  try {
    // Settings become data-read-* attributes on <html>, which the style sheet reads.
    Object.assign(root.dataset, JSON.parse(localStorage.getItem(READING_KEY) ?? '{}'));
    if (
      root.dataset.readFocus ||
      d.querySelector('[data-work-page]') ||
      sessionStorage.getItem(VIEW_KEY) ||
      [...d.querySelectorAll<HTMLElement>('[data-work-doc]')].some((element) => localStorage.getItem(`gloss-work:${base}:${element.dataset.workDoc}`))
    )
      void load();
  } catch {
    // Blocked storage, or damaged settings: the page's own.
  }
}
