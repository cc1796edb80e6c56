import { properNouns, type ProperNouns } from '../lib/classroom/citations.ts';
import { getReadingSet } from './reading-set.ts';

let cached: Promise<ProperNouns> | undefined;

/** The glossary's names and aliases, for APA titles in sentence case: built once per build (every request in dev, so edits show). */
export function glossaryProperNouns(): Promise<ProperNouns> {
  const build = () => getReadingSet().then(({ glossary }) => properNouns(glossary.entries.flatMap(({ data }) => [data.name, ...data.aliases])));
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
