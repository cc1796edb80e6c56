import { Automaton } from './automaton.ts';
import { foldText, type FoldOptions } from '../text/fold.ts';
import { isWordCharAt, isWordCharBefore } from '../text/word-chars.ts';

/** One name or alias of one glossary entry. */
export interface GlossaryName {
  entityId: string;
  name: string;
}

export interface TextMatch {
  /** Offsets in the original text, as written ("Deir ez‑Zôr"). */
  start: number;
  end: number;
  entityId: string;
  /** The glossary name that matched ("Deir ez-Zor"). */
  name: string;
}

export type MatcherOptions = FoldOptions;

export interface NameConflict {
  /** The name as the first entry to claim it spells it. */
  name: string;
  entityIds: string[];
}

/** Two entries claim a name that folds the same: a mention of it could not say which entry it is. */
export class NameConflictError extends Error {
  readonly conflicts: NameConflict[];

  constructor(conflicts: NameConflict[]) {
    super(`Glossary names claimed by more than one entry: ${conflicts.map(({ name, entityIds }) => `"${name}" (${entityIds.join(', ')})`).join('; ')}`);
    this.name = 'NameConflictError';
    this.conflicts = conflicts;
  }
}

export interface Matcher {
  /** Every mention in `text`, leftmost-longest and non-overlapping, in order. */
  findAll(text: string): TextMatch[];
  /** Distinct names, after folding. */
  readonly size: number;
}

/** Names grouped by folded form: each a pattern, with the entries that claim it. Empty names are ignored. */
function groupByFoldedName(names: readonly GlossaryName[], options: MatcherOptions): Map<string, NameConflict> {
  const groups = new Map<string, NameConflict>();
  for (const { entityId, name } of names) {
    const folded = foldText(name, options).folded.trim();
    if (folded === '') continue;
    const group = groups.get(folded);
    if (!group) groups.set(folded, { name, entityIds: [entityId] });
    else if (!group.entityIds.includes(entityId)) group.entityIds.push(entityId);
  }
  return groups;
}

/**
 * The one glossary matcher: builds an automaton over every folded name once,
 * then finds all mentions in a text with a single scan, however many names.
 * Throws a `NameConflictError` when a name belongs to two entries.
 */
export function createMatcher(names: readonly GlossaryName[], options: MatcherOptions = {}): Matcher {
  const groups = groupByFoldedName(names, options);
  const conflicts = [...groups.values()].filter(({ entityIds }) => entityIds.length > 1);
  if (conflicts.length > 0) throw new NameConflictError(conflicts);
  const patterns = [...groups.keys()];
  const owners = [...groups.values()].map(({ name, entityIds }) => ({ name, entityId: entityIds[0]! }));
  const automaton = new Automaton(patterns);

  function findAll(text: string): TextMatch[] {
    const { folded, toOriginal } = foldText(text, options);
    // For each folded offset, 1 + the longest pattern starting there that sits between word boundaries.
    const longestAt = new Int32Array(folded.length);
    automaton.scan(folded, (pattern, end) => {
      const start = end - patterns[pattern]!.length;
      if (isWordCharBefore(folded, start) || isWordCharAt(folded, end)) return;
      const current = longestAt[start]! - 1;
      if (current < 0 || patterns[pattern]!.length > patterns[current]!.length) longestAt[start] = pattern + 1;
    });
    const matches: TextMatch[] = [];
    for (let start = 0; start < folded.length; ) {
      const pattern = longestAt[start]! - 1;
      if (pattern < 0) {
        start += 1;
        continue;
      }
      const end = start + patterns[pattern]!.length;
      matches.push({ start: toOriginal[start]!, end: toOriginal[end]!, ...owners[pattern]! });
      start = end; // non-overlapping: the scan resumes after the chosen mention
    }
    return matches;
  }

  return { findAll, size: patterns.length };
}
