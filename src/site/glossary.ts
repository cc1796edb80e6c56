import { getCollection, type CollectionEntry } from 'astro:content';
import { glossaryMatcherFor } from '../lib/glossary/glossary-names.ts';
import type { Matcher } from '../lib/glossary/matcher.ts';
import { settings } from '../lib/settings.ts';
import { renderProse } from '../render/index.ts';

export interface GlossaryEntry {
  id: string;
  /** The entry's file, for messages to the editor. */
  file: string;
  data: CollectionEntry<'glossary'>['data'];
  /** The longer entry, rendered. */
  html: string;
}

export interface Glossary {
  /** Alphabetical by name. */
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
  matcher: Matcher;
}

/** The glossary and its one matcher, checked (duplicate names, unknown ids) before any article is linked. */
export async function loadGlossary(): Promise<Glossary> {
  const all = await getCollection('glossary');
  // Drafts (from `glossary:suggest --write`) are never published: listed, so the editor finishes them.
  const drafts = all.filter((entry) => entry.data.draft);
  if (drafts.length > 0) {
    console.warn(`[glossary] ${drafts.length} draft ${drafts.length === 1 ? 'entry is' : 'entries are'} not published (fill in the summary and remove "draft: true"): ${drafts.map((entry) => entry.filePath ?? `${entry.id}.md`).join(', ')}`);
  }
  const collection = all.filter((entry) => !entry.data.draft);
  const fileOf = (entry: (typeof collection)[number]) => entry.filePath ?? `${entry.id}.md`;
  const matcher = glossaryMatcherFor(collection.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data })));
  const entries = collection
    .map((entry): GlossaryEntry => ({ id: entry.id, file: fileOf(entry), data: entry.data, html: renderProse(entry.body ?? '', settings().markdown) }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  return { entries, byId: new Map(entries.map((entry) => [entry.id, entry])), matcher };
}
