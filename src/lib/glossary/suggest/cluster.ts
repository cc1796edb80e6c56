import { foldKey } from './candidates.ts';
import { PARTICLES } from './noise.ts';

/**
 * Variants of one entity grouped into one candidate: spellings ("Hezbollah",
 * "Hizbollah", "Hizballah"), case and hyphens ("al-Nusra", "Al Nusra"),
 * possessives written without an apostrophe ("Assads"), acronyms ("SOHR" for
 * "Syrian Observatory for Human Rights") and back-references by a part of
 * the name ("the Observatory", "Abdel Rahman").
 */

export interface NameStats {
  name: string;
  count: number;
  /** Indexes of the articles it occurs in. */
  articles: ReadonlySet<number>;
}

/** Case, accents, hyphens and the Arabic article folded away: "Al-Nusra", "al Nusra" and "Nusra" agree. */
export function spellingKey(name: string): string {
  return foldKey(name)
    .replace(/[-'’.]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !PARTICLES.has(word) && !/^(?:a[lnrstdz]|e[lzr]|as?h)$/.test(word))
    .join(' ');
}

/** Doubled letters collapsed and the Arabic feminine ending made one ("Raqqa" and "Raqa", "Hasakah" and "Hasakeh"). */
export function soundKey(name: string): string {
  return spellingKey(name)
    .replace(/(.)\1+/g, '$1')
    .replace(/ou/g, 'u')
    .replace(/(?:ah|eh|e|a)\b/g, 'a');
}

/** Consonants with doubled letters collapsed: "Hezbollah", "Hizbollah", "Hizballah", "Hizbullah" all give "hzblh". */
export function skeletonKey(name: string): string {
  return spellingKey(name)
    .replace(/[aeiouy\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The initials of a name's significant words: "Syrian Observatory for Human Rights" → "SOHR". */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((word) => word !== '' && !PARTICLES.has(word));
  return words.length < 2 ? '' : words.map((word) => word.charAt(0).toUpperCase()).join('');
}

const isAcronym = (name: string) => /^\p{Lu}{2,6}$/u.test(name.replace(/\./g, ''));

class UnionFind {
  readonly #parent = new Map<string, string>();
  find(name: string): string {
    let root = name;
    while (this.#parent.get(root) !== undefined && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    this.#parent.set(name, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.#parent.set(ra, rb);
  }
}

const shareArticle = (a: NameStats, b: NameStats) => [...a.articles].some((article) => b.articles.has(article));
const wordsOf = (name: string) => spellingKey(name).split(' ').filter(Boolean);

/** Whether `part`'s words occur, in order and together, in `whole`'s. */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((word, k) => whole[i + k] === word)) return true;
  return false;
}

/** Groups names into clusters, each a list of names, most frequent first. */
export function clusterNames(stats: readonly NameStats[]): NameStats[][] {
  const sets = new UnionFind();
  const byKey = new Map<string, NameStats>();
  const bySkeleton = new Map<string, NameStats>();
  const bySound = new Map<string, NameStats>();
  const byInitials = new Map<string, NameStats[]>();
  const byName = new Map(stats.map((s) => [s.name, s]));
  const sorted = [...stats].sort((a, b) => b.count - a.count);
  for (const s of sorted) {
    const key = spellingKey(s.name);
    if (key === '') continue;
    const same = byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
    if (same) sets.union(s.name, same.name);
    else byKey.set(key, s);
    const sound = soundKey(s.name);
    const sameSound = bySound.get(sound);
    if (sameSound) sets.union(s.name, sameSound.name);
    else if (sound !== '') bySound.set(sound, s);
    const skeleton = skeletonKey(s.name);
    if (skeleton.length >= 3 && !isAcronym(s.name)) {
      const similar = bySkeleton.get(skeleton);
      // Three consonants are few: "Kefraya" and "Kafraya" agree, but the names must start and end alike and be as long (not "Turkey" and "Tarek").
      if (similar && (skeleton.length >= 4 || (key.charAt(0) === spellingKey(similar.name).charAt(0) && key.at(-1) === spellingKey(similar.name).at(-1) && Math.abs(key.length - spellingKey(similar.name).length) <= 1))) sets.union(s.name, similar.name);
      else bySkeleton.set(skeleton, s);
    }
    const letters = initials(s.name);
    if (letters.length >= 2) {
      const list = byInitials.get(letters);
      if (list) list.push(s);
      else byInitials.set(letters, [s]);
    }
  }
  // Possessives without an apostrophe: "Assads" when "Assad" is a candidate too.
  for (const s of sorted) {
    const stem = byName.get(s.name.replace(/s$/, ''));
    if (stem && stem !== s && stem.count >= s.count) sets.union(s.name, stem.name);
  }
  // "SOHR" and "Syrian Observatory for Human Rights", when some article has both.
  for (const s of sorted) {
    if (!isAcronym(s.name)) continue;
    const full = (byInitials.get(s.name.replace(/\./g, '')) ?? []).find((candidate) => shareArticle(candidate, s));
    if (full) sets.union(s.name, full.name);
  }
  // Back-references: "Observatory" or "Abdel Rahman" inside the most frequent longer name, when that name is at least
  // a third as frequent and at least two in five articles using the part also use the whole.
  const totals = new Map<string, number>();
  for (const s of stats) totals.set(sets.find(s.name), (totals.get(sets.find(s.name)) ?? 0) + s.count);
  const words = new Map(stats.map((s) => [s.name, wordsOf(s.name)]));
  // Longer names by each of their words, so a part is compared only with the names that contain its first word.
  const byWord = new Map<string, NameStats[]>();
  for (const s of sorted) {
    const own = words.get(s.name)!;
    if (own.length < 2) continue;
    for (const word of new Set(own)) {
      const list = byWord.get(word);
      if (list) list.push(s);
      else byWord.set(word, [s]);
    }
  }
  for (const part of sorted) {
    if (isAcronym(part.name)) continue;
    let best: NameStats | undefined;
    for (const whole of byWord.get(words.get(part.name)![0] ?? '') ?? []) {
      if (whole === part || sets.find(whole.name) === sets.find(part.name)) continue;
      if (!containsWords(words.get(whole.name)!, words.get(part.name)!)) continue;
      const together = [...part.articles].filter((article) => whole.articles.has(article)).length;
      // "Syrian Observatory", "Free Syrian": the start of a more frequent name, at least two words long, is that name cut short.
      const cutShort = words.get(part.name)!.length >= 2 && words.get(part.name)!.every((word, k) => words.get(whole.name)![k] === word) && whole.count >= part.count;
      if ((!cutShort && together * 5 < part.articles.size * 2) || totals.get(sets.find(whole.name))! * 3 < part.count) continue;
      if (!best || whole.count > best.count) best = whole;
    }
    if (best) sets.union(part.name, best.name);
  }
  const clusters = new Map<string, NameStats[]>();
  for (const s of sorted) {
    const root = sets.find(s.name);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(s);
    else clusters.set(root, [s]);
  }
  return [...clusters.values()];
}
