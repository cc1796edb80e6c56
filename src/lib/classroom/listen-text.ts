/**
 * A paragraph's text cut into the sentences Listen reads one at a time, with
 * their offsets (so the sentence being read can be marked on the page). A
 * sentence ends at . ! or ? (and any closing quote or bracket) before a
 * space and a capital, digit or opening quote; "U.S." or "Mr." mid-sentence
 * before a lower-case word does not end one. Speech engines take whole
 * sentences better than fragments, so an unsure cut is left uncut.
 */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Words whose full stop does not end a sentence even before a capital ("Mr. Kerry", "U.S. Secretary"). */
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gen|Col|Lt|Gov|St|Jr|Sr|vs|No)|\b(?:[A-Z]\.)+[A-Z])\.$/;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const ends = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;
  let from = 0;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index + 1))) continue;
    push(spans, text, from, end);
    from = end;
  }
  push(spans, text, from, text.length);
  return spans;
}

function push(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
