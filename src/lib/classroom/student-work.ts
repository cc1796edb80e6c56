/**
 * A student's own work, as the browser keeps it: per site (its base path) and
 * per page (an article, or a unit for its own questions), highlights with
 * their meaning and note, and answers. Framework-free: the browser script
 * passes `localStorage`, tests pass a fake.
 */
import type { Anchor } from './anchoring.ts';

export const MEANINGS = ['evidence', 'question', 'word'] as const;
export type Meaning = (typeof MEANINGS)[number];
/** What each meaning is called on the page, in the file and in print. */
export const MEANING_LABELS: Record<Meaning, string> = { evidence: 'Evidence', question: 'Question', word: 'New word' };

export interface Highlight {
  id: string;
  anchor: Anchor;
  meaning: Meaning;
  note: string;
  created: string;
  modified: string;
}

export interface Answer {
  /** The question's key on its page: `evidence-2`, `discussion-1`. */
  question: string;
  /** The question as it was asked, so the answer still reads alone in a file. */
  prompt: string;
  text: string;
  modified: string;
}

/** One page's work. `doc` is `articles/<id>` or `units/<id>`; `path` the page under the site's base. */
export interface PageWork {
  doc: string;
  title: string;
  highlights: Highlight[];
  answers: Answer[];
}

export const emptyWork = (doc: string, title: string): PageWork => ({ doc, title, highlights: [], answers: [] });
export const hasWork = (work: PageWork) => work.highlights.length > 0 || work.answers.some((answer) => answer.text.trim() !== '');
/** The page of a doc, under the site's base: `articles/x/`. */
export const docPath = (doc: string) => `${doc}/`;

const KEY_PREFIX = 'gloss-work';
/** The storage key of one page's work on the site at `base` (two sites on one host keep theirs apart). */
export const workKey = (base: string, doc: string) => `${KEY_PREFIX}:${base}:${doc}`;
export const nameKey = (base: string) => `${KEY_PREFIX}:${base}:name`;

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const DOC_PATTERN = /^(articles|units)\/[a-z0-9][a-z0-9._-]*$/i;

export function isAnchor(value: unknown): value is Anchor {
  if (!isRecord(value)) return false;
  const { paragraph, exact, prefix, suffix, start, end } = value;
  return (
    isString(paragraph) && /^p\d+$/.test(paragraph) && isString(exact) && exact.length > 0 && isString(prefix) && isString(suffix) &&
    Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (end as number) > (start as number)
  );
}

function isHighlight(value: unknown): value is Highlight {
  if (!isRecord(value)) return false;
  return isString(value.id) && isAnchor(value.anchor) && MEANINGS.includes(value.meaning as Meaning) && isString(value.note) && isString(value.created) && isString(value.modified);
}

function isAnswer(value: unknown): value is Answer {
  return isRecord(value) && isString(value.question) && isString(value.prompt) && isString(value.text) && isString(value.modified);
}

/** Stored text read back: the work if it is whole, undefined if it is not (damaged or from elsewhere). */
export function parsePageWork(text: string | null): PageWork | undefined {
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isString(value.doc) || !DOC_PATTERN.test(value.doc) || !isString(value.title)) return undefined;
  if (!Array.isArray(value.highlights) || !Array.isArray(value.answers)) return undefined;
  return { doc: value.doc, title: value.title, highlights: value.highlights.filter(isHighlight), answers: value.answers.filter(isAnswer) };
}

/** Why the browser did not keep the work. */
export type StorageProblem = 'full' | 'blocked';
export type SaveResult = { ok: true } | { ok: false; problem: StorageProblem };

export const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  full: 'Not saved: this browser’s storage for the site is full. Download your work to keep it, then delete old work.',
  blocked: 'Not saved: this browser does not let the site keep your work (private browsing or blocked storage). Download your work before you leave the page.',
};

/** The part of `Storage` used here, so tests can pass a fake. */
export type WorkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function problemOf(error: unknown): StorageProblem {
  const name = error instanceof Error || (isRecord(error) && isString(error.name)) ? (error as { name: string }).name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'blocked';
}

/** The storage itself, or the problem met in reaching it (a blocked `localStorage` throws on access). */
export function openStorage(get: () => WorkStorage | null): WorkStorage | StorageProblem {
  try {
    const storage = get();
    if (!storage) return 'blocked';
    const probe = `${KEY_PREFIX}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    return problemOf(error);
  }
}

export function loadPageWork(storage: WorkStorage, base: string, doc: string, title: string): PageWork {
  let text: string | null = null;
  try {
    text = storage.getItem(workKey(base, doc));
  } catch {
    // Unreadable storage reads as no work; saving will say why.
  }
  return parsePageWork(text) ?? emptyWork(doc, title);
}

export function savePageWork(storage: WorkStorage, base: string, work: PageWork): SaveResult {
  try {
    if (hasWork(work)) storage.setItem(workKey(base, work.doc), JSON.stringify(work));
    else storage.removeItem(workKey(base, work.doc));
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/** Every page's work kept for the site at `base`, in key order. */
export function allPageWork(storage: WorkStorage, base: string): PageWork[] {
  const prefix = `${KEY_PREFIX}:${base}:`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix) && DOC_PATTERN.test(key.slice(prefix.length))) keys.push(key);
  }
  return keys
    .sort()
    .map((key) => parsePageWork(storage.getItem(key)))
    .filter((work): work is PageWork => work !== undefined);
}

/** Removes every page's work (and the name) kept for the site at `base`. */
export function clearAllWork(storage: WorkStorage, base: string): void {
  const prefix = `${KEY_PREFIX}:${base}:`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** Sets one answer (a blank one removes it). */
export function withAnswer(work: PageWork, answer: Answer): PageWork {
  const others = work.answers.filter((existing) => existing.question !== answer.question);
  return { ...work, answers: answer.text.trim() === '' ? others : [...others, answer] };
}

/** Adds a highlight or replaces the one with its id. */
export function withHighlight(work: PageWork, highlight: Highlight): PageWork {
  const index = work.highlights.findIndex((existing) => existing.id === highlight.id);
  const highlights = [...work.highlights];
  if (index === -1) highlights.push(highlight);
  else highlights[index] = highlight;
  return { ...work, highlights };
}

export const withoutHighlight = (work: PageWork, id: string): PageWork => ({ ...work, highlights: work.highlights.filter((highlight) => highlight.id !== id) });

/** ¶ order, then position: how a list of highlights reads. */
export function byPosition(a: Highlight, b: Highlight): number {
  const n = (h: Highlight) => Number(h.anchor.paragraph.slice(1));
  return n(a) - n(b) || a.anchor.start - b.anchor.start;
}
