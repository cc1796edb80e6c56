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
  /** Aliases for articles published in a date range. */
  datedAliases?: readonly { name: string; from?: Date | undefined; until?: Date | undefined }[];
  /** Longer names the entry is not part of. */
  notPartOf?: readonly string[];
}

const day = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : undefined);

/** Every name and alias of every entry, as the matcher takes them: dated aliases with their range, and the longer names each is not part of. */
export function glossaryNames(entries: readonly GlossaryEntryNames[]): GlossaryName[] {
  return entries.flatMap((entry) => [
    ...[entry.name, ...entry.aliases].map((name) => ({ entityId: entry.id, name })),
    ...(entry.datedAliases ?? []).map(({ name, from, until }) => ({ entityId: entry.id, name, ...(from ? { from: day(from) } : {}), ...(until ? { until: day(until) } : {}) })),
    ...(entry.notPartOf ?? []).map((name) => ({ entityId: entry.id, name, notPartOf: true })),
  ]);
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
export function glossaryMatcherFor(
  files: readonly { id: string; file: string; data: Pick<GlossaryEntryNames, 'name' | 'aliases' | 'seeAlso' | 'datedAliases' | 'notPartOf'> }[],
): Matcher {
  return buildGlossaryMatcher(files.map(({ id, file, data }) => ({ id, file, ...data })));
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
