import { ContentError } from '../content/content-error.ts';
import { createMatcher, NameConflictError, type GlossaryName, type Matcher } from './matcher.ts';
import { foldText } from '../text/fold.ts';

export interface GlossaryEntryNames {
  id: string;
  /** The entry's file, for error messages. */
  file: string;
  name: string;
  aliases: readonly string[];
  seeAlso?: readonly string[];
}

/** Every name and alias of every entry, as the matcher takes them. */
export function glossaryNames(entries: readonly GlossaryEntryNames[]): GlossaryName[] {
  return entries.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => ({ entityId: entry.id, name })));
}

/**
 * The one matcher over the glossary. Fails, naming both files, when two
 * entries claim the same name, and on a "see also" id that does not exist.
 */
export function buildGlossaryMatcher(entries: readonly GlossaryEntryNames[]): Matcher {
  const fileOf = new Map(entries.map((entry) => [entry.id, entry.file]));
  for (const entry of entries) {
    const missing = (entry.seeAlso ?? []).find((id) => !fileOf.has(id));
    if (missing) throw new ContentError(entry.file, `no glossary entry has the id "${missing}"`, 'seeAlso');
  }
  try {
    return createMatcher(glossaryNames(entries));
  } catch (error) {
    if (!(error instanceof NameConflictError)) throw error;
    const lines = error.conflicts.map(({ name, entityIds }) => `"${name}" is claimed by ${entityIds.map((id) => fileOf.get(id) ?? id).join(' and ')}`);
    throw new Error(`Two glossary entries claim the same name (a name or alias must belong to one entry):\n  ${lines.join('\n  ')}`);
  }
}

/** The matcher for glossary files as the content readers give them (`{ id, file, data }`): what tools, benchmarks and the site all call. */
export function glossaryMatcherFor(files: readonly { id: string; file: string; data: { name: string; aliases: readonly string[]; seeAlso?: readonly string[] } }[]): Matcher {
  return buildGlossaryMatcher(files.map(({ id, file, data }) => ({ id, file, name: data.name, aliases: data.aliases, seeAlso: data.seeAlso })));
}

/**
 * The aliases worth showing a reader as "Also called": an alias that differs
 * from the name, or from an earlier alias, only in case or typography
 * ("joint implementation center") is there for the matcher, not for reading.
 */
export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldText(name, { caseInsensitive: true }).folded]);
  return aliases.filter((alias) => {
    const key = foldText(alias, { caseInsensitive: true }).folded;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
