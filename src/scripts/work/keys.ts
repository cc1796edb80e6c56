/** Storage keys the first-load script and the rest share. */
export const READING_KEY = 'gloss-reading';
export const VIEW_KEY = 'gloss-work-view';
/** Where the lazily loaded script leaves its entry points (it is a classic script: see ./lazy.ts). */
export const GLOBAL_NAME = 'glossWork';
