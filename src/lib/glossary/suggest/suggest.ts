import type { EntityKind } from '../../content/schemas.ts';
import type { Matcher } from '../matcher.ts';
import { candidateMentions, knownNameSet, type CandidateMention } from './candidates.ts';
import { clusterNames, type NameStats } from './cluster.ts';
import { guessKind } from './guess-kind.ts';

/**
 * `glossary:suggest`: the entities a reading set names that the glossary
 * lacks, ranked by how much an entry would help (mentions × articles), each
 * with its variants, a guessed kind and the cue behind it, and two contexts.
 */

export interface SuggestArticle {
  id: string;
  /** The outlet, for contexts. */
  source?: string;
  /** Plain text of each paragraph (and caption), in reading order. */
  paragraphs: readonly string[];
}

export interface SuggestionContext {
  articleId: string;
  /** ¶n, 1-based. */
  paragraph: number;
  /** The sentence or so around the mention. */
  text: string;
}

export interface Suggestion {
  /** The fullest name among the variants: the entry's name. */
  name: string;
  /** Every other way the articles write it, most frequent first. */
  variants: string[];
  kind: EntityKind;
  /** Why that kind: the cue, for the editor to judge. */
  cue: string;
  mentions: number;
  articles: number;
  /** Two places it occurs, from different articles when it can. */
  contexts: SuggestionContext[];
}

export interface SuggestOptions {
  /** Every name and alias in the glossary, so possessives of them ("Syrias") are not suggested. */
  knownNames: Iterable<string>;
  /** Suggestions seen in fewer articles are left out; 2 by default (a name in one article rarely needs an entry). */
  minArticles?: number;
}

interface NameAccumulator extends NameStats {
  articles: Set<number>;
  midSentence: number;
  before: string[];
  after: string[];
  titles: string[];
  contexts: SuggestionContext[];
}

/** The text around a mention: up to `radius` characters each side, cut at word boundaries. */
function contextAround(text: string, start: number, end: number, radius = 90): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1;
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/**
 * The name a cluster goes by: its most frequent variant not in capitals, or a
 * longer variant containing it that is at least half as frequent ("Syrian
 * Observatory for Human Rights" rather than "Observatory").
 */
function displayName(cluster: readonly NameAccumulator[]): string {
  const isCaps = (name: string) => /^[\p{Lu}\p{P}\s]{2,}s?$/u.test(name) && /\p{Lu}{2}/u.test(name);
  const names = new Set(cluster.map((s) => s.name));
  // Never "SANAs" or "Donald Trumps": a possessive whose stem is in the cluster.
  const plain = cluster.filter((s) => !(s.name.endsWith('s') && names.has(s.name.slice(0, -1))));
  // "BEIRUT" in a dateline is Beirut; but "SANA" is an acronym, so "Sana" must be as frequent to win.
  const capsTop = Math.max(0, ...plain.filter((s) => isCaps(s.name)).map((s) => s.count));
  const written = plain.filter((s) => !isCaps(s.name) && s.count * 3 >= capsTop);
  const pool = written.length > 0 ? written : plain;
  const top = [...pool].sort((a, b) => b.count - a.count)[0]!;
  const longer = pool.filter((s) => s.name.length > top.name.length && s.name.includes(top.name) && s.count * 2 >= top.count && !/\p{Ll}-\p{Ll}+$/u.test(s.name.split(' ')[0]!));
  return longer.sort((a, b) => b.count - a.count)[0]?.name ?? top.name;
}

/** How often each word occurs in lowercase: a capitalised "Terrorists" or "Killed" is a headline's word when "terrorists" is common. */
function lowercaseCounts(articles: readonly SuggestArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const text of article.paragraphs) {
      for (const [word] of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** A one-word candidate that the articles mostly write in lowercase is an ordinary word in a headline or at a sentence start. */
function isOrdinaryWord(s: NameAccumulator, lowercase: ReadonlyMap<string, number>): boolean {
  if (/\s/u.test(s.name) || /^\p{Lu}+$/u.test(s.name)) return false;
  const lower = s.name.toLowerCase();
  const count = (lowercase.get(lower) ?? 0) + (lower.endsWith('s') ? (lowercase.get(lower.slice(0, -1)) ?? 0) : 0);
  return count * 5 >= s.count;
}

export function suggestEntries(articles: readonly SuggestArticle[], matcher: Matcher, options: SuggestOptions): Suggestion[] {
  const known = knownNameSet(options.knownNames);
  const minArticles = options.minArticles ?? 2;
  const byName = new Map<string, NameAccumulator>();
  articles.forEach((article, articleIndex) => {
    article.paragraphs.forEach((text, p) => {
      for (const mention of candidateMentions(text, matcher, known)) add(byName, mention, articleIndex, article.id, p + 1, text);
    });
  });
  const lowercase = lowercaseCounts(articles);
  const names = [...byName.values()].filter((s) => !isOrdinaryWord(s, lowercase));
  const suggestions: Suggestion[] = [];
  for (const cluster of clusterNames(names) as NameAccumulator[][]) {
    const articleSet = new Set(cluster.flatMap((s) => [...s.articles]));
    if (articleSet.size < minArticles) continue;
    // A one-word name at sentence starts only ("Hizbollah denied it") joins its cluster, but makes none: a capital there may mean nothing.
    if (cluster.every((s) => s.midSentence === 0)) continue;
    const name = displayName(cluster);
    const ordered = [cluster.find((s) => s.name === name)!, ...cluster.filter((s) => s.name !== name)];
    const { kind, cue } = guessKind({
      names: ordered.map((s) => s.name),
      before: cluster.flatMap((s) => s.before),
      after: cluster.flatMap((s) => s.after),
      titles: cluster.flatMap((s) => s.titles),
    });
    const contexts: SuggestionContext[] = [];
    for (const context of ordered.flatMap((s) => s.contexts)) {
      if (contexts.length < 2 && !contexts.some((c) => c.articleId === context.articleId)) contexts.push(context);
    }
    suggestions.push({
      name,
      // A run holding the name and more ("Eastern Ghouta Douma", "SDF US") is two names run together, and "SDFs" a
      // possessive without its apostrophe: counted, but not aliases to offer.
      variants: ordered
        .slice(1)
        .filter((s) => !ordered.some((other) => extends_(s.name, other.name) || s.name === `${other.name}s`))
        .map((s) => s.name),
      kind,
      cue,
      mentions: cluster.reduce((sum, s) => sum + s.count, 0),
      articles: articleSet.size,
      contexts,
    });
  }
  const score = (s: Suggestion) => s.mentions * s.articles;
  return suggestions.sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name));
}

/** Whether `longer` is `shorter` with more words before or after it. */
function extends_(longer: string, shorter: string): boolean {
  const [a, b] = [longer.split(/\s+/u), shorter.split(/\s+/u)];
  if (a.length <= b.length) return false;
  for (let i = 0; i + b.length <= a.length; i++) if (b.every((word, k) => a[i + k] === word)) return true;
  return false;
}

function add(byName: Map<string, NameAccumulator>, mention: CandidateMention, articleIndex: number, articleId: string, paragraph: number, text: string): void {
  let s = byName.get(mention.name);
  if (!s) byName.set(mention.name, (s = { name: mention.name, count: 0, articles: new Set(), midSentence: 0, before: [], after: [], titles: [], contexts: [] }));
  s.count += 1;
  s.articles.add(articleIndex);
  if (!mention.sentenceStart) s.midSentence += 1;
  s.before.push(mention.before);
  s.after.push(mention.after);
  if (mention.title) s.titles.push(mention.title);
  if (s.contexts.length < 2 && !s.contexts.some((c) => c.articleId === articleId)) {
    s.contexts.push({ articleId, paragraph, text: contextAround(text, mention.start, mention.end) });
  }
}
