import { sentencesOf } from '../text/sentences.ts';
import { dayNumber, type Precision } from '../text/calendar.ts';
import { findsIn, type Find } from './timeline-finds.ts';
import type { ResolvedDate } from './timeline-phrases.ts';
import { spokenDateIndex, tenseOf } from './timeline-tense.ts';

/**
 * A unit's timeline: the dated events across its articles, each linked to its
 * paragraph, relative dates ("Saturday", "yesterday") read against the
 * article's publication day, in UTC throughout. timeline-finds.ts finds the
 * dates (chrono-node, and bare years), timeline-phrases.ts keeps only those
 * that name a point in time, and timeline-tense.ts decides which way an
 * unanchored "Tuesday" points, and from which day.
 */

export type { Precision } from '../text/calendar.ts';

export interface TimelineSource {
  articleId: string;
  /** The UTC day of publication (any time in the day; the day is what counts). */
  published: Date;
  /** Plain text, paragraph by paragraph; index 0 is ¶1. */
  paragraphs: readonly string[];
}

export interface TimelineEvent {
  /** ISO day "2016-09-17" (UTC), or a month "2016-07" / year "2011" when the text gives no day. */
  date: string;
  precision: Precision;
  articleId: string;
  /** 1-based. */
  paragraph: number;
  /** The words that gave the date, as written ("Saturday", "July 7"), and their offsets in `sentence`. */
  dateText: string;
  start: number;
  end: number;
  sentence: string;
  /** Worked out from publication ("Saturday", "last week"), not written out ("July 7", "2011"). */
  relative: boolean;
}

export interface TimelineDate {
  date: string;
  precision: Precision;
  /** In source order, then paragraph order, then reading order. */
  events: TimelineEvent[];
}

/** A non-restrictive relative clause: ", which …", ", who …". */
const ASIDE = /,\s+(?:which|who|whom|whose|where)\b/gu;
/** The two words before an aside, for what it speaks of ("Syria’s war, which …"). */
const WORDS_BEFORE_ASIDE = /(?:\S+\s+)?\S+$/u;

/**
 * The words that a date at [start, end) belongs to: the sentence, or, when the
 * date lies in an aside ("Churkin called the strike a bad omen for the deal to
 * halt Syria’s war, which has killed 300,000 people since it erupted in 2011"),
 * the aside with the words before it, marked "…" where cut. Else the timeline
 * would file the sentence's news (Churkin's words, in 2016) under the aside's date.
 */
function wordsForDate(sentence: string, start: number, end: number): { text: string; start: number; end: number } {
  const aside = [...sentence.matchAll(ASIDE)].filter((match) => match.index < start).at(-1);
  if (!aside) return { text: sentence, start, end };
  const from = WORDS_BEFORE_ASIDE.exec(sentence.slice(0, aside.index))?.index ?? aside.index;
  const stop = sentence.slice(end).search(/[,;]/u);
  const to = stop === -1 ? sentence.length : end + stop;
  const lead = from > 0 ? '… ' : '';
  const text = `${lead}${sentence.slice(from, to)}${to < sentence.length ? ' …' : ''}`;
  const shift = lead.length - from;
  return { text, start: start + shift, end: end + shift };
}

/**
 * The date of each find in a sentence. A speaker's words (see tenseOf) are
 * read from the day the sentence says they were spoken ("said Saturday"),
 * else from publication; said on a day it does not give ("said last week"),
 * they are read back from publication, like the writer's: by the time of
 * writing, what was then ahead has mostly come.
 */
function datesIn(sentence: string, finds: readonly Find[], published: number): (ResolvedDate | null)[] {
  const spokenAt = finds[spokenDateIndex(sentence, finds)];
  const spokenDate = spokenAt?.resolve('back', published);
  const spokenOn = spokenDate?.precision === 'day' ? dayNumber(new Date(spokenDate.date)) : null;
  return finds.map((find) => {
    const { direction, spoken } = tenseOf(sentence, find.index, find.index + find.text.length);
    if (!spoken || !spokenAt || find === spokenAt) return find.resolve(direction, published);
    return spokenOn === null ? find.resolve('back', published) : find.resolve(direction, spokenOn);
  });
}

/**
 * The dated events of one article, paragraph by paragraph. A sentence that
 * names the same date twice ("unraveling Sunday as … came under attack
 * Sunday") gives one event, at its first mention: the timeline shows
 * sentences, and one sentence once.
 */
export function extractEvents(source: TimelineSource): TimelineEvent[] {
  const published = dayNumber(source.published);
  const events: TimelineEvent[] = [];
  source.paragraphs.forEach((text, index) => {
    for (const sentence of sentencesOf(text)) {
      const seen = new Set<string>();
      const finds = findsIn(sentence, published);
      const dates = datesIn(sentence, finds, published);
      finds.forEach((find, i) => {
        const date = dates[i];
        const end = find.index + find.text.length;
        if (!date || seen.has(date.date)) return;
        seen.add(date.date);
        const { articleId } = source;
        const shown = wordsForDate(sentence, find.index, end);
        events.push({ ...date, articleId, paragraph: index + 1, dateText: find.text, start: shown.start, end: shown.end, sentence: shown.text });
      });
    }
  });
  return events;
}

/**
 * Every source's events, grouped by date, earliest first. Dates are ISO
 * strings, so text order is time order, a month or year sorting just before
 * the days inside it ("2016-09" before "2016-09-17"): its start.
 */
export function buildTimeline(sources: readonly TimelineSource[]): TimelineDate[] {
  const byDate = new Map<string, TimelineDate>();
  for (const source of sources) {
    for (const event of extractEvents(source)) {
      let group = byDate.get(event.date);
      if (!group) byDate.set(event.date, (group = { date: event.date, precision: event.precision, events: [] }));
      group.events.push(event);
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
