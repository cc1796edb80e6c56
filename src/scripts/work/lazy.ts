/**
 * The lazily loaded half of students' work, built as a file of its own
 * (`?worker&url` in StudentTools.astro) and added as a script element: a
 * bundler's dynamic import() would put its ~1 KB loader into every page's
 * first load. It starts at once and leaves `act` on `globalThis`.
 */
import { act, start } from './work.ts';
import { GLOBAL_NAME } from './keys.ts';

start(import.meta.env.BASE_URL);
Object.assign(globalThis, { [GLOBAL_NAME]: act });
