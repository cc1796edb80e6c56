import { blockAnchor, type Mention, type TextBlock } from '../article-body/blocks.ts';
import { sentenceRanges } from '../text/sentences.ts';

/** [start, end) offsets of a quotation, its marks included. */
export type QuoteSpan = readonly [start: number, end: number];

/**
 * The direct quotations of `text`, “…” or "…", as [start, end) offsets, marks
 * included. A quote left open runs to the end: news copy leaves a quote open
 * at the end of a paragraph when it goes on in the next. A closing mark
 * before any opening one closes a quote that began before `text`: a sentence
 * cut from inside a quote.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (open >= 0) {
      if (char === closer) {
        spans.push([open, i + 1]);
        open = -1;
      }
    } else if (char === '“' || char === '"') {
      open = i;
      closer = char === '“' ? '”' : '"';
    } else if (char === '”' && spans.length === 0) {
      spans.push([0, i + 1]);
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** The quote holding `index`, if any. */
export const insideQuote = (spans: readonly QuoteSpan[], index: number): QuoteSpan | undefined => spans.find(([start, end]) => start <= index && index < end);

/** `text` with the words of its quotes blanked out, marks and offsets kept: so that what a quote says is never read as the writer's. */
export function blankQuotes(text: string, spans: readonly QuoteSpan[] = quoteSpans(text)): string {
  let blank = text;
  for (const [start, end] of spans) {
    const from = /[“"]/u.test(text[start]!) ? start + 1 : start;
    const to = /[”"]/u.test(text[end - 1]!) && end - 1 > start ? end - 1 : end;
    blank = blank.slice(0, from) + ' '.repeat(to - from) + blank.slice(to);
  }
  return blank;
}

/**
 * Verbs that report speech when a person is their subject, as base forms:
 * "Kerry said", "Churkin accused the U.S.", "Ayrault urged". Irregular ones
 * give their forms: third person, past, participle.
 */
const REGULAR_SPEECH = [
  'accuse acknowledge add announce argue ask blame call charge claim comment complain concede condemn confirm criticize declare deny describe',
  'dismiss explain express insist note pledge predict promise recall repeat reply respond state stress suggest threaten tweet urge vow warn',
].flatMap((line) => line.split(' '));
const IRREGULAR_SPEECH = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['write', 'writes', 'wrote', 'writing'],
  ['admit', 'admits', 'admitted', 'admitting'],
];

function inflect(verb: string): { finite: string[]; participle: string } {
  if (verb.endsWith('e')) return { finite: [verb, `${verb}s`, `${verb}d`], participle: `${verb.slice(0, -1)}ing` };
  if (/[^aeiou]y$/u.test(verb)) return { finite: [verb, `${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`], participle: `${verb}ing` };
  if (/(?:s|sh|ch)$/u.test(verb)) return { finite: [verb, `${verb}es`, `${verb}ed`], participle: `${verb}ing` };
  return { finite: [verb, `${verb}s`, `${verb}ed`], participle: `${verb}ing` };
}

const speechForms = [
  ...REGULAR_SPEECH.map(inflect),
  ...IRREGULAR_SPEECH.map(([base, third, past, participle]) => ({ finite: [base!, third!, past!], participle: participle! })),
];
const alternatives = (words: readonly string[]) => String.raw`(?:${words.join('|')})(?!\p{L})`;
const SPOKE = alternatives([...speechForms.flatMap((forms) => forms.finite), String.raw`issued\s+a\s+statement`]);
const SPEAKING = new RegExp(String.raw`(?<!\p{L})${alternatives(speechForms.map((forms) => forms.participle))}`, 'u');
/** Attribution after a quote, verb first: "“…,” said Kerry", "according to Kerry". */
const VERB_FIRST = alternatives([...'said says added asked wrote explained replied continued noted insisted warned'.split(' '), String.raw`according\s+to`]);
const INVERTED = new RegExp(String.raw`^\s*${VERB_FIRST}(?:\s[^,;:]*)?$`, 'u');

/** What may stand between a name and its verb: "Kerry also said", "Kerry and Lavrov said", "Kodmani, a senior member of …, said". */
const ADVERB = String.raw`\s+(?:also|later|instead|then|again|earlier|previously|separately|repeatedly|publicly|privately|has|had|have|was|were|is|are|would|will|did|does|not|never|once|today|yesterday|(?:(?:on|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\p{Ll}+ly)(?!\p{L})`;
/** ", who said": "Kerry met Lavrov, who said …". */
const RELATIVE = String.raw`\s*,\s*who(?!\p{L})`;
/** One or two phrases set off in commas: ", a senior member of …,", ", speaking in New York, where he met Lavrov,". */
const APPOSITIVE = String.raw`(?:\s*,[^,;:“”"()]{1,100}){1,2},`;
const AND_NAME = String.raw`\s+(?:and|or)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*`;
const GAP = String.raw`(?:${APPOSITIVE}|${RELATIVE}|${AND_NAME}|${ADVERB}){0,4}\s+`;
/** Words after which a name is no subject ("accused Kerry of lying", "urged Assad to stop"). */
const NOT_A_VERB = alternatives(
  'of from to for with about against over into on in at by as than and or but while because after before when if who which that'.split(' '),
);

/** The name is the subject of a speech verb: "Kerry said", "Kerry, speaking in New York, said". */
const SUBJECT_OF_SPEECH = new RegExp(String.raw`^${GAP}${SPOKE}`, 'u');
/** The name is the subject of some verb, whose sentence may go on to a speech participle ("Kerry dismissed …, saying"). */
const SUBJECT_OF_VERB = new RegExp(String.raw`^${GAP}(?!${NOT_A_VERB})\p{Ll}+`, 'u');
/** "he said", "she told Foreign Policy", "he also warned". */
const PRONOUN_SPEAKS = new RegExp(String.raw`(?<!\p{L})(?:[Hh]e|[Ss]he)(?:${ADVERB})*\s+${SPOKE}`, 'gu');
const POSSESSIVE = /^[’']s(?!\p{L})/u;
/** "with Lavrov", "an aide to Kerry", but not "according to Kerry". */
const AFTER_PREPOSITION = new RegExp(String.raw`(?<!\p{L})(?<!according\s+)(?:of|from|to|for|with|about|against|over|into|on|in|at|by)\s+$`, 'u');
/** What ends a clause; full stops do not ("U.S. Ambassador Samantha Power"): the sentence bounds it. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014“”"]/u;

/** Sentences as [start, end) offsets, with breaks inside a quote undone: a quote of three sentences and its "Kerry said" are one. */
function sentenceRangesAcrossQuotes(text: string, spans: readonly QuoteSpan[]): [number, number][] {
  const sentences: [number, number][] = [];
  for (const [start, end] of sentenceRanges(text)) {
    const last = sentences.at(-1);
    if (last && spans.some(([open, close]) => open < start && start < close)) last[1] = end;
    else sentences.push([start, end]);
  }
  return sentences;
}

/** The clause of `blank` before `index`, back to a clause break or the sentence start `from`. */
function clauseBefore(blank: string, from: number, index: number): { text: string; start: number } {
  let start = index;
  while (start > from && !CLAUSE_BREAK.test(blank[start - 1]!)) start--;
  return { text: blank.slice(start, index), start };
}

interface Paragraph {
  blank: string;
  sentences: [number, number][];
}

const sentenceAt = ({ sentences }: Paragraph, index: number) => sentences.findIndex(([, end]) => index < end);

/** Whether the mention is named as a speaker in its own sentence. */
function namedSpeaker(paragraph: Paragraph, { start, end }: Mention): boolean {
  const { blank, sentences } = paragraph;
  const [from, to] = sentences[sentenceAt(paragraph, start)] ?? [0, blank.length];
  let after = blank.slice(end, to);
  if (POSSESSIVE.test(after)) return false;
  const before = clauseBefore(blank, from, start);
  // "Syria’s ambassador to the U.N., Hussam Eddin Ala, took …": the name is set off in commas, and what follows is its verb.
  const setOff = /^\s*$/u.test(before.text) && blank[before.start - 1] === ',';
  if (setOff && after.startsWith(',')) after = after.slice(1);
  if (SUBJECT_OF_SPEECH.test(after)) return true;
  const verb = SUBJECT_OF_VERB.exec(after);
  if (verb && SPEAKING.test(after.slice(verb[0].length))) return true;
  // "…, said State Department spokesman John Kirby", and "according to the spokesman, John Kirby."
  const inverted = setOff && /^\s*(?:[,.;]|$)/u.test(after) ? clauseBefore(blank, from, before.start - 1).text : before.text;
  return INVERTED.test(inverted) && !AFTER_PREPOSITION.test(inverted);
}

/**
 * Who a "he said" in the paragraph stands for: the first person named
 * outside quotes before it in its sentence, else in the sentence before,
 * leaving out names in the possessive or after a preposition ("rein in
 * Assad’s army", "met with Lavrov"). The first, not the nearest: news copy
 * puts the speaker first, as subject ("Kerry put the onus on the Russians to
 * rein in Assad’s army. “…,” he said.").
 */
function pronounSpeakers(paragraph: Paragraph, mentions: readonly Mention[]): Set<Mention> {
  const { blank } = paragraph;
  const candidates = mentions.filter(({ start, end }) => !POSSESSIVE.test(blank.slice(end)) && !AFTER_PREPOSITION.test(blank.slice(0, start)));
  const speakers = new Set<Mention>();
  for (const { index } of blank.matchAll(PRONOUN_SPEAKS)) {
    const sentence = sentenceAt(paragraph, index);
    const before = candidates.filter(({ start }) => start < index);
    const inSentence = (n: number) => before.find(({ start }) => sentenceAt(paragraph, start) === n);
    const speaker = inSentence(sentence) ?? inSentence(sentence - 1);
    if (speaker) speakers.add(speaker);
  }
  return speakers;
}

/** The mentions of one paragraph that are speakers, in reading order. */
function speakersIn(text: string, mentions: readonly Mention[]): Mention[] {
  const spans = quoteSpans(text);
  const paragraph: Paragraph = { blank: blankQuotes(text, spans), sentences: sentenceRangesAcrossQuotes(text, spans) };
  const outside = mentions.filter(({ start }) => !insideQuote(spans, start)).sort((a, b) => a.start - b.start);
  const byPronoun = pronounSpeakers(paragraph, outside);
  return outside.filter((mention) => byPronoun.has(mention) || namedSpeaker(paragraph, mention));
}

/** Runs of mentions in the same paragraph. */
function* byParagraph(mentions: Iterable<Mention>): Generator<Mention[]> {
  let run: Mention[] = [];
  for (const mention of mentions) {
    if (run.length > 0 && blockAnchor(run[0]!.block) !== blockAnchor(mention.block)) {
      yield run;
      run = [];
    }
    run.push(mention);
  }
  if (run.length > 0) yield run;
}

/**
 * The people an article quotes or reports speaking, in order of first such
 * mention; `mentions` in reading order, `blockText` the plain text of the
 * paragraph or caption each is in. A heuristic, for comparing sources ("who
 * gets to speak?"), not a parser. A mention counts when, outside any quotation:
 * - the name is the subject of a speech verb near it ("Kerry said", "“…,”
 *   Kerry said", "Kerry, speaking in New York, said", "Kerry and Lavrov
 *   announced"), or of a verb whose sentence goes on to a speech participle
 *   ("Kerry dismissed the plan, saying …");
 * - the verb comes first: "“…,” said Kerry", "according to Kerry";
 * - a "he said" or "she told" in the same or the next sentence stands for
 *   them (see pronounSpeakers).
 * A name in a quote never counts ("“Assad never complied,” she said"), nor
 * one in the possessive: in "Lavrov’s spokeswoman said" the spokeswoman
 * speaks, not Lavrov.
 *
 * It misses a speaker who introduces a quote without a speech verb ("Kerry
 * was blunt: “…”"), a "she said" a paragraph after the name (it sees one
 * paragraph at a time), and speakers `mentions` leaves out (unnamed
 * officials, people not in the glossary). It does not check a pronoun's
 * gender, and gives a speech participle to the first subject of the
 * sentence ("Kerry met Lavrov in Geneva, where officials were saying …"
 * counts Kerry).
 */
export function quotedPeople(mentions: Iterable<Mention>, blockText: (block: TextBlock) => string): string[] {
  const quoted = new Set<string>();
  for (const run of byParagraph(mentions)) {
    for (const { entityId } of speakersIn(blockText(run[0]!.block), run)) quoted.add(entityId);
  }
  return [...quoted];
}
