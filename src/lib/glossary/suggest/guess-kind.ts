import nlp from 'compromise';
import type { EntityKind } from '../../content/schemas.ts';

/**
 * A guessed kind for a candidate, and the cue behind it, so the editor can
 * judge the guess: words in the name ("Front", "Observatory"), then the words
 * around its mentions ("Idlib province", "President Putin", "YPG fighters"),
 * then compromise's lexicon (it knows countries, cities and first names).
 */
export interface KindGuess {
  kind: EntityKind;
  cue: string;
}

export interface KindEvidence {
  /** The cluster's names, most frequent first. */
  names: readonly string[];
  /** Words just before and after each mention, lowercased, and titles stripped before it. */
  before: readonly string[];
  after: readonly string[];
  titles: readonly string[];
}

const list = (text: string) => new Set(text.split(' '));
const NAME_WORDS: [EntityKind, Set<string>][] = [
  ['event', list('Conference Summit Talks Offensive Operation Battle War Massacre Agreement Accord Ceasefire Cease-fire Truce Process Revolution Uprising Spring Crisis Initiative Plan Election Elections Referendum')],
  ['organization', list('Observatory Agency Organization Organisation Council Committee Commission Ministry Office Institute Society Crescent Cross Bank Fund Program Programme News Network Union Association Foundation Watch University Center Centre Court Parliament Assembly Helmets Defence Defense Doctors Frontieres Press Times Post Television TV Channel Radio Company Corporation Airlines Coalition')],
  ['group', list('Army Front Brigade Brigades Forces Movement Militia Militias Party Units Battalion Battalions Jaish Jaysh Jabhat Ahrar Harakat Liwa Legion Guard Guards Fighters Mujahideen Hezbollah Hizbollah Taliban Qaeda Qaida Sham Islam Tahrir Fateh Fatah Nusra Kataib')],
  ['place', list('Road Street Square Mountain Mountains Mount River Valley Plain Plains Ghouta Gate Camp Base Airport Bridge Crossing Sea Lake Heights Desert Province Governorate Hills Island Gulf Peninsula Dam')],
];
const PLACE_AFTER = list('province governorate city town village district countryside region neighbourhood neighborhood suburb airport border countryside’s');
const PLACE_BEFORE = new Set(['town of', 'city of', 'village of', 'province of', 'district of', 'neighbourhood of', 'neighborhood of', 'countryside of', 'outskirts of', 'suburb of', 'suburbs of', 'region of', ...list('in near outside into towards toward across around inside entered captured besieged recaptured seized province')]);
const GROUP_AFTER = list('fighters militants rebels jihadists militia militias group groups forces gunmen insurgents members commander commanders');
const PERSON_AFTER = list('said told says added stated noted who');

function vote(scores: Map<EntityKind, { score: number; cue: string }>, kind: EntityKind, score: number, cue: string): void {
  const current = scores.get(kind);
  if (!current) scores.set(kind, { score, cue });
  else {
    if (score > current.score / 2 && cue.length > 0 && current.score < score) current.cue = cue;
    current.score += score;
  }
}

function compromiseKind(name: string): KindGuess | undefined {
  // compromise reads "Al-Bab" or "Khan Shaykhun" as people: its lexicon is English and Western.
  if (/^(?:al|el|khan|tal|deir|jisr|ras|tell|kafr|beit|bab)[\s-]/iu.test(name)) return undefined;
  const doc = nlp(name);
  if (doc.has('#Person') && !doc.has('#Place')) return { kind: 'person', cue: `compromise tags "${name}" as a person's name` };
  if (doc.has('#Country') || doc.has('#City') || doc.has('#Region') || doc.has('#Place')) return { kind: 'place', cue: `compromise knows "${name}" as a place` };
  if (doc.has('#Organization')) return { kind: 'organization', cue: `compromise tags "${name}" as an organization` };
  return undefined;
}

export function guessKind({ names, before, after, titles }: KindEvidence): KindGuess {
  const name = names[0]!;
  for (const word of name.split(/[\s-]+/)) {
    for (const [kind, words] of NAME_WORDS) if (words.has(word)) return { kind, cue: `"${word}" in the name` };
  }
  const scores = new Map<EntityKind, { score: number; cue: string }>();
  const mentions = Math.max(1, before.length);
  const share = (n: number) => n / mentions;
  const count = (words: readonly string[], set: Set<string>) => {
    const hits = words.filter((word) => set.has(word));
    const top = [...new Set(hits)].sort((a, b) => hits.filter((w) => w === b).length - hits.filter((w) => w === a).length)[0];
    return { n: hits.length, top };
  };
  if (titles.length > 0 && !/^\p{Lu}+$/u.test(name)) vote(scores, 'person', 3 * share(titles.length) + 0.5, `a title before it ("${titles[0]} ${name}")`);
  const placeAfter = count(after, PLACE_AFTER);
  if (placeAfter.n > 0) vote(scores, 'place', 3 * share(placeAfter.n) + 0.5, `"${name} ${placeAfter.top}"`);
  const groupAfter = count(after, GROUP_AFTER);
  if (groupAfter.n > 0) vote(scores, 'group', 3 * share(groupAfter.n) + 0.5, `"${name} ${groupAfter.top}"`);
  const placeBefore = count(before, PLACE_BEFORE);
  if (placeBefore.n > 0) vote(scores, 'place', 2 * share(placeBefore.n), `"${placeBefore.top} ${name}"`);
  const personAfter = count(after, PERSON_AFTER);
  if (personAfter.n > 0 && /\s/.test(name) && !/^\p{Lu}+$/u.test(name)) vote(scores, 'person', share(personAfter.n), `"${name} ${personAfter.top}"`);
  const fromLexicon = compromiseKind(name);
  if (fromLexicon) vote(scores, fromLexicon.kind, fromLexicon.kind === 'person' ? 0.5 : 1, fromLexicon.cue);
  const best = [...scores].sort((a, b) => b[1].score - a[1].score)[0];
  if (best && best[1].score >= 0.4) return { kind: best[0], cue: best[1].cue };
  if (/^\p{Lu}{2,6}$/u.test(name)) return { kind: 'organization', cue: `an acronym ("${name}"), kind unclear` };
  return best ? { kind: best[0], cue: best[1].cue } : { kind: 'organization', cue: 'no cue: a guess' };
}
