import { Automaton } from './automaton.ts';
import { foldText, type FoldOptions } from '../text/fold.ts';
import { capitalsForm, dottedForm } from './name-forms.ts';
import { isWordCharAt, isWordCharBefore } from '../text/word-chars.ts';

/** One name or alias of one glossary entry. */
export interface GlossaryName {
  entityId: string;
  name: string;
  /**
   * Only for articles published in this range of days (YYYY-MM-DD, both ends
   * included; either may be open): "cessation of hostilities" is one truce in
   * March 2016 and another in September 2016.
   */
  from?: string;
  until?: string;
  /**
   * Not a name but a longer name the entry is not part of ("Dahiyet al-Assad"
   * for Bashar al-Assad): the entry's own names inside it are not mentions.
   */
  notPartOf?: boolean;
}

/** What a text is read with: the article's publication day, for names scoped by date. */
export interface MatchContext {
  /** YYYY-MM-DD. Without it, only names that hold at any date match. */
  date?: string;
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
  /** Every mention in `text`, leftmost-longest and non-overlapping, in order; names scoped by date hold only on `context.date`. */
  findAll(text: string, context?: MatchContext): TextMatch[];
  /** Distinct names, after folding. */
  readonly size: number;
}

/** One entry's claim on a folded name. */
interface Claim {
  entityId: string;
  /** The glossary name as written (for a derived form, the name it comes from). */
  name: string;
  from: string | undefined;
  until: string | undefined;
  /** ALL CAPS or dotted form made by the matcher: gives way to any name an entry writes. */
  derived: boolean;
}

interface Pattern {
  /** As the first entry to claim it spells it. */
  name: string;
  claims: Claim[];
  /** Entries for which this is a longer name they are not part of. */
  notPartOf: string[];
}

const isScoped = (claim: Claim) => claim.from !== undefined || claim.until !== undefined;
const holdsOn = (claim: Claim, date: string | undefined) =>
  !isScoped(claim) || (date !== undefined && (claim.from === undefined || claim.from <= date) && (claim.until === undefined || date <= claim.until));
const overlaps = (a: Claim, b: Claim) => (a.from ?? '') <= (b.until ?? '\uffff') && (b.from ?? '') <= (a.until ?? '\uffff');

/** Claims that could not be told apart: two unscoped entries, or two whose date ranges overlap. */
function conflictingEntities(claims: readonly Claim[]): string[] {
  const entities = new Set<string>();
  for (let i = 0; i < claims.length; i++) {
    for (let k = i + 1; k < claims.length; k++) {
      const [a, b] = [claims[i]!, claims[k]!];
      if (a.entityId === b.entityId) continue;
      if ((!isScoped(a) && !isScoped(b)) || (isScoped(a) && isScoped(b) && overlaps(a, b))) entities.add(a.entityId).add(b.entityId);
    }
  }
  return [...entities];
}

/** Names grouped by folded form: each a pattern, with the entries that claim it. Empty names are ignored. */
function groupByFoldedName(names: readonly GlossaryName[], options: MatcherOptions): Map<string, Pattern> {
  const groups = new Map<string, Pattern>();
  const add = (form: string, claim: Claim | undefined, notPartOf?: string) => {
    const folded = foldText(form, options).folded.trim();
    if (folded === '') return;
    let group = groups.get(folded);
    if (!group) groups.set(folded, (group = { name: claim?.name ?? form, claims: [], notPartOf: [] }));
    if (notPartOf !== undefined) {
      if (!group.notPartOf.includes(notPartOf)) group.notPartOf.push(notPartOf);
      return;
    }
    if (!claim || group.claims.some((c) => c.entityId === claim.entityId && c.from === claim.from && c.until === claim.until)) return;
    group.claims.push(claim);
  };
  for (const { entityId, name, from, until, notPartOf } of names) {
    if (notPartOf) add(name, undefined, entityId);
    else add(name, { entityId, name, from, until, derived: false });
  }
  for (const { entityId, name, from, until, notPartOf } of names) {
    const form = dottedForm(name);
    if (!form) continue;
    if (notPartOf) add(form, undefined, entityId);
    else add(form, { entityId, name, from, until, derived: true });
  }
  // A derived form gives way to a name an entry writes, and to another entry's derived form.
  for (const group of groups.values()) {
    const written = group.claims.filter((claim) => !claim.derived);
    if (written.length > 0) group.claims = written;
    else if (conflictingEntities(group.claims).length > 0) group.claims = [];
  }
  return groups;
}

/**
 * Names of four letters or more, lowercased, for finding them in capitals
 * ("DAESH", a "DAMASCUS" dateline): matched only inside runs of capitals, with
 * a second automaton built the first time a text has such a run.
 */
function groupCapitalForms(names: readonly GlossaryName[], options: MatcherOptions): Map<string, Pattern> {
  const groups = new Map<string, Pattern>();
  for (const { entityId, name, from, until, notPartOf } of names) {
    for (const form of [name, dottedForm(name)]) {
      if (form === undefined || capitalsForm(form) === undefined) continue;
      const folded = foldText(form, { caseInsensitive: true }).folded.trim();
      let group = groups.get(folded);
      if (!group) groups.set(folded, (group = { name, claims: [], notPartOf: [] }));
      if (notPartOf) group.notPartOf.push(entityId);
      else if (!group.claims.some((c) => c.entityId === entityId && c.from === from && c.until === until)) group.claims.push({ entityId, name, from, until, derived: true });
    }
  }
  for (const group of groups.values()) if (conflictingEntities(group.claims).length > 0) group.claims = [];
  return options.caseInsensitive ? new Map() : groups;
}

const isUpper = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x80 && /\p{Lu}/u.test(String.fromCharCode(code)));
const isLower = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x80 && /[\p{Ll}\p{Lo}]/u.test(String.fromCharCode(code)));

/**
 * Runs of capitals with at least four letters and no lowercase letter in or
 * touching them: "DAMASCUS", "ISLAMIC STATE", not "U.S." or "Syria". A plain
 * loop: articles are mostly lowercase, and a regular expression with Unicode
 * classes over every text cost more than the automaton.
 */
function* capitalRuns(text: string): Generator<{ start: number; text: string }> {
  for (let i = 0; i < text.length; i++) {
    if (!isUpper(text.charCodeAt(i)) || (i > 0 && isWordCharBefore(text, i))) continue;
    let end = i;
    let lastUpper = i;
    let letters = 0;
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (isUpper(code)) {
        letters++;
        lastUpper = end;
      } else if (isLower(code)) break;
      else if (!(code === 0x20 || code === 0x27 || code === 0x2e || code === 0x2d || (code >= 0x30 && code <= 0x39))) break;
    }
    const touchesLower = end < text.length && isLower(text.charCodeAt(end)) && end === lastUpper + 1;
    if (letters >= 4 && !touchesLower) yield { start: i, text: text.slice(i, lastUpper + 1) };
    i = end;
  }
}

function conflictsOf(groups: Map<string, Pattern>): NameConflict[] {
  return [...groups.values()].flatMap(({ name, claims }) => {
    const entityIds = conflictingEntities(claims);
    return entityIds.length > 0 ? [{ name, entityIds }] : [];
  });
}

/** Names (after folding) that belong to more than one entry at the same dates. */
export function findNameConflicts(names: readonly GlossaryName[], options: MatcherOptions = {}): NameConflict[] {
  return conflictsOf(groupByFoldedName(names, options));
}

/** Two capitals ("IS", "US") next to another word in capitals: a shouted headline ("WHAT IS LEFT"), not the acronym. */
function inShoutedText(folded: string, start: number, end: number): boolean {
  const before = /(\p{Lu}{2,})[\s-]+$/u.exec(folded.slice(Math.max(0, start - 24), start));
  const after = /^[\s-]+(\p{Lu}{2,})(?![\p{Ll}])/u.exec(folded.slice(end, end + 24));
  return before !== null || after !== null;
}

/**
 * The one glossary matcher: builds an automaton over every folded name once,
 * then finds all mentions in a text with a single scan, however many names.
 * Throws a `NameConflictError` when a name belongs to two entries.
 */
export function createMatcher(names: readonly GlossaryName[], options: MatcherOptions = {}): Matcher {
  const groups = groupByFoldedName(names, options);
  const conflicts = conflictsOf(groups);
  if (conflicts.length > 0) throw new NameConflictError(conflicts);
  // One numbering for both pattern sets: the names as folded, then (made the first time a text has a run of
  // capitals, so a glossary costs nothing more to build) their lowercased capital forms.
  const patterns = [...groups.keys()];
  const info = [...groups.values()];
  const written = groups.size;
  const automaton = new Automaton(patterns);
  let capitals: Automaton | undefined;
  const capitalsAutomaton = (): Automaton => {
    if (!capitals) {
      const capitalGroups = groupCapitalForms(names, options);
      patterns.push(...capitalGroups.keys());
      info.push(...capitalGroups.values());
      capitals = new Automaton([...capitalGroups.keys()]);
    }
    return capitals;
  };
  const short = patterns.map((pattern) => /^\p{Lu}{2}$/u.test(pattern));

  /** The claim that holds on `date`: a scoped one whose range has it, else the unscoped one. */
  function ownerOn(pattern: number, date: string | undefined): Claim | undefined {
    const claims = info[pattern]!.claims;
    return claims.find((claim) => isScoped(claim) && holdsOn(claim, date)) ?? claims.find((claim) => !isScoped(claim));
  }

  function findAll(text: string, context: MatchContext = {}): TextMatch[] {
    const { folded, toOriginal } = foldText(text, options);
    // For each folded offset, 1 + the longest pattern starting there that sits between word boundaries.
    const longestAt = new Int32Array(folded.length);
    const owners = new Map<number, Claim>();
    /** Spans of longer names that entries are not part of: [start, end, entityIds]. */
    const outside: [number, number, readonly string[]][] = [];
    const consider = (pattern: number, end: number) => {
      const start = end - patterns[pattern]!.length;
      if (isWordCharBefore(folded, start) || isWordCharAt(folded, end)) return;
      if (info[pattern]!.notPartOf.length > 0) outside.push([start, end, info[pattern]!.notPartOf]);
      const owner = ownerOn(pattern, context.date);
      if (!owner || (pattern < written && short[pattern] && inShoutedText(folded, start, end))) return;
      const current = longestAt[start]! - 1;
      // A name as an entry writes it wins over a capital form of the same length.
      if (current < 0 || patterns[pattern]!.length > patterns[current]!.length) {
        longestAt[start] = pattern + 1;
        owners.set(pattern, owner);
      }
    };
    automaton.scan(folded, consider);
    if (!options.caseInsensitive) {
      for (const { start, text: run } of capitalRuns(folded)) {
        const lower = run.toLowerCase();
        if (lower.length !== run.length) continue;
        capitalsAutomaton().scan(lower, (pattern, end) => consider(written + pattern, start + end));
      }
    }
    const matches: TextMatch[] = [];
    for (let start = 0; start < folded.length; ) {
      const pattern = longestAt[start]! - 1;
      if (pattern < 0) {
        start += 1;
        continue;
      }
      const end = start + patterns[pattern]!.length;
      const { entityId, name } = owners.get(pattern)!;
      // "Assad" inside "Dahiyet al-Assad", which the entry says it is not part of: no mention, and nothing else claims the span.
      if (!outside.some(([from, to, entityIds]) => from <= start && end <= to && entityIds.includes(entityId))) {
        matches.push({ start: toOriginal[start]!, end: toOriginal[end]!, entityId, name });
      }
      start = end; // non-overlapping: the scan resumes after the chosen mention
    }
    return matches;
  }

  const size = [...groups.values()].filter((group) => group.claims.some((claim) => !claim.derived)).length;
  return { findAll, size };
}

/** The matcher as it reads an article published on `date` (YYYY-MM-DD): names scoped by date resolve for that day. */
export function matcherOn(matcher: Matcher, date: string | undefined): Matcher {
  if (date === undefined) return matcher;
  return { findAll: (text, context) => matcher.findAll(text, context ?? { date }), size: matcher.size };
}
