import { sentenceAround } from '../glossary/sentences.ts';

/** Words that report speech in news copy: "Kerry said", "told reporters", "called the strike". */
const SPEECH = /[“”"]|\b(?:said|says|say|told|tells|stated|added|announced|called|accused|urged|warned|insisted|argued|conceded|dismissed|according to)\b/u;

export interface PersonMention {
  entityId: string;
  /** Plain text of the paragraph the mention is in, and its offsets there. */
  text: string;
  start: number;
  end: number;
}

/**
 * The people an article quotes or reports speaking, in order of first such
 * mention: a person whose sentence carries a quotation mark or a speech verb.
 * A heuristic, for comparing sources ("who gets to speak?"), not a parser:
 * it counts "Kerry dismissed Russian accusations" and misses a speaker named
 * only in the sentence before a quote.
 */
export function quotedPeople(mentions: Iterable<PersonMention>): string[] {
  const quoted: string[] = [];
  for (const { entityId, text, start, end } of mentions) {
    if (quoted.includes(entityId)) continue;
    if (SPEECH.test(sentenceAround(text, start, end).sentence)) quoted.push(entityId);
  }
  return quoted;
}
