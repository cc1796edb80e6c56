import { describe, expect, it } from 'vitest';
import { buildTimeline, extractEvents, type TimelineEvent, type TimelineSource } from '../../../src/lib/classroom/timeline.ts';
import { sampleArticle } from '../fixtures/sample.ts';

const MONDAY = new Date('2016-09-19T00:00:00Z');
const SUNDAY = new Date('2016-09-18T00:00:00Z');

const source = (published: Date, ...paragraphs: string[]): TimelineSource => ({ articleId: 'a', published, paragraphs });
/** date, dateText and paragraph of each event: what most tests check. */
const brief = (events: readonly TimelineEvent[]) => events.map(({ date, dateText, paragraph }) => [date, dateText, paragraph]);
const events = (published: Date, text: string) => brief(extractEvents(source(published, text)));

describe('extractEvents: weekdays', () => {
  it('reads a bare weekday as the latest such day on or before publication', () => {
    expect(events(MONDAY, 'Coalition jets struck Saturday.')).toEqual([['2016-09-17', 'Saturday', 1]]);
    expect(events(MONDAY, 'The United States fought on Monday to salvage the pact.')).toEqual([['2016-09-19', 'Monday', 1]]);
    expect(events(MONDAY, 'Talks stalled Tuesday.')).toEqual([['2016-09-13', 'Tuesday', 1]]);
    expect(events(SUNDAY, 'Rebel positions came under attack Sunday.')).toEqual([['2016-09-18', 'Sunday', 1]]);
    expect(events(SUNDAY, 'A raid killed dozens of soldiers on Saturday.')).toEqual([['2016-09-17', 'Saturday', 1]]);
  });

  it('reads a weekday forward when its clause looks ahead', () => {
    expect(events(MONDAY, 'The council will meet on Tuesday.')).toEqual([['2016-09-20', 'Tuesday', 1]]);
    expect(events(MONDAY, 'The talks, which are expected to resume Thursday, were postponed.')).toEqual([['2016-09-22', 'Thursday', 1]]);
    expect(events(MONDAY, 'The vote is due Tuesday.')).toEqual([['2016-09-20', 'Tuesday', 1]]);
    expect(events(MONDAY, 'The delay is due to fighting Saturday.')).toEqual([['2016-09-17', 'Saturday', 1]]);
    expect(events(MONDAY, 'On Wednesday, the envoy will brief the council.')).toEqual([['2016-09-21', 'Wednesday', 1]]);
    expect(events(SUNDAY, 'The truce is supposed to end at midnight Sunday, officials said.')).toEqual([['2016-09-18', 'midnight Sunday', 1]]);
    // A future after the date, in another clause, is not the date's tense.
    expect(events(MONDAY, 'Kerry said Saturday he will travel to Geneva.')).toEqual([['2016-09-17', 'Saturday', 1]]);
  });

  it('takes "last" and "next" as strictly before and after', () => {
    expect(events(MONDAY, 'They met last Monday.')).toEqual([['2016-09-12', 'last Monday', 1]]);
    expect(events(MONDAY, 'They meet next Monday.')).toEqual([['2016-09-26', 'next Monday', 1]]);
    expect(events(MONDAY, 'They meet next Friday.')).toEqual([['2016-09-23', 'next Friday', 1]]);
  });

  it('ignores lowercase words chrono takes for days', () => {
    expect(events(MONDAY, 'He sat down as the sun rose, and they march on.')).toEqual([]);
  });
});

describe('extractEvents: reported speech and quotes', () => {
  it('reads a date after reported "would" forward from publication', () => {
    expect(events(MONDAY, 'Russia said the truce would take effect on Thursday.')).toEqual([['2016-09-22', 'Thursday', 1]]);
    expect(events(MONDAY, 'Russia said the truce would take effect on Monday.')).toEqual([['2016-09-19', 'Monday', 1]]);
    expect(events(MONDAY, 'The truce would take effect Thursday, Russia said.')).toEqual([['2016-09-22', 'Thursday', 1]]);
    expect(events(MONDAY, 'Russia said it would not resume strikes until Thursday.')).toEqual([['2016-09-22', 'Thursday', 1]]);
    // VOA ¶9 (published on Sunday), reported: the Joint Implementation Center was to follow the seven days.
    expect(events(SUNDAY, 'Kerry said the Joint Implementation Center would be set up Tuesday.')).toEqual([['2016-09-20', 'Tuesday', 1]]);
  });

  it('keeps "would have" and a "would" that no one is reported saying back', () => {
    expect(events(MONDAY, 'Kerry said the strikes would have begun Thursday.')).toEqual([['2016-09-15', 'Thursday', 1]]);
    expect(events(MONDAY, 'Kerry said the strikes would not have begun Thursday.')).toEqual([['2016-09-15', 'Thursday', 1]]);
    // FP ¶16, with a date.
    const conditional = 'If the cease-fire were to hold for a full week, the United States and Russia would begin to coordinate military strikes Thursday.';
    expect(events(MONDAY, conditional)).toEqual([['2016-09-15', 'Thursday', 1]]);
  });

  it('reads reported "would" from the day the sentence says it was said', () => {
    // Said on Saturday the 17th: its Sunday is the 18th, not the Sunday after publication, and its Tuesday the 20th.
    const saturdaySunday = [
      ['2016-09-17', 'Saturday', 1],
      ['2016-09-18', 'Sunday', 1],
    ];
    expect(events(MONDAY, 'Russia said Saturday the truce would take effect Sunday.')).toEqual(saturdaySunday);
    expect(events(MONDAY, 'On Saturday, Russia said the truce would take effect Sunday.')).toEqual(saturdaySunday);
    expect(events(MONDAY, 'Kerry told CNN on Saturday that talks would resume Sunday.')).toEqual(saturdaySunday);
    expect(events(MONDAY, 'The truce would take effect Sunday, Russia said Saturday.')).toEqual([
      ['2016-09-18', 'Sunday', 1],
      ['2016-09-17', 'Saturday', 1],
    ]);
    expect(events(MONDAY, 'Russia said Saturday the truce would take effect Tuesday.')).toEqual([
      ['2016-09-17', 'Saturday', 1],
      ['2016-09-20', 'Tuesday', 1],
    ]);
    // "will" is still ahead at publication, whenever it was said; "Saturday’s strike" says nothing of when Kerry spoke.
    expect(events(MONDAY, 'Russia said Saturday the truce will take effect Sunday.')).toEqual([
      ['2016-09-17', 'Saturday', 1],
      ['2016-09-25', 'Sunday', 1],
    ]);
    expect(events(MONDAY, 'Kerry said Saturday’s strike would be investigated by Sunday.')).toEqual([
      ['2016-09-17', 'Saturday', 1],
      ['2016-09-25', 'Sunday', 1],
    ]);
    // Said on a day the sentence does not give (VOA ¶9, reported): read back, like the writer's own words.
    expect(events(MONDAY, 'A Syrian army statement issued last week said the seven-day cease-fire would end at midnight Sunday.')).toEqual([
      ['2016-09', 'last week', 1],
      ['2016-09-18', 'midnight Sunday', 1],
    ]);
  });

  it('does not take a future after a reporting verb for the tense of a date opening the sentence', () => {
    expect(events(MONDAY, 'On Saturday, Kerry said he will travel to Geneva.')).toEqual([['2016-09-17', 'Saturday', 1]]);
    expect(events(MONDAY, 'On Wednesday, the envoy will brief the council, officials said.')).toEqual([['2016-09-21', 'Wednesday', 1]]);
  });

  it('reads a date in a direct quote in the quote’s own tense', () => {
    expect(events(MONDAY, '“We will meet Tuesday,” he said.')).toEqual([['2016-09-20', 'Tuesday', 1]]);
    expect(events(MONDAY, '“On Tuesday, we will meet,” he said.')).toEqual([['2016-09-20', 'Tuesday', 1]]);
    expect(events(MONDAY, '“Tuesday was a disaster,” he said.')).toEqual([['2016-09-13', 'Tuesday', 1]]);
    // The writer's "said" makes no reported speech of the quote's "would"; a reporting verb in the quote does.
    expect(events(MONDAY, '“The truce would begin Thursday if Assad stopped,” Lavrov said.')).toEqual([['2016-09-15', 'Thursday', 1]]);
    expect(events(MONDAY, '“Assad told us the truce would begin Thursday,” Kerry said.')).toEqual([['2016-09-22', 'Thursday', 1]]);
    // Nor does the quote's future turn the writer's date.
    expect(events(MONDAY, '“We will go,” he said Tuesday.')).toEqual([['2016-09-13', 'Tuesday', 1]]);
  });

  it('reads a quote from the day the sentence says it was said, else from publication', () => {
    expect(events(MONDAY, '“We will meet Sunday,” Kerry said Saturday.')).toEqual([
      ['2016-09-18', 'Sunday', 1],
      ['2016-09-17', 'Saturday', 1],
    ]);
    expect(events(MONDAY, '“We will meet Sunday,” Kerry said.')).toEqual([['2016-09-25', 'Sunday', 1]]);
    // VOA ¶8, published on the Sunday Kerry spoke to CNN: his “yesterday” is the Saturday strike.
    const voa = [
      '“So let me just say this clearly: Russia signed up to a cessation of hostilities. Assad said he would live by it,” Kerry said.',
      '“Then he needs to stop and let the joint implementation center get set up so Russia and the United States can coordinate in order to avoid the kind of terrible thing that happened yesterday that we all acknowledge and regret.”',
    ].join(' ');
    expect(events(SUNDAY, voa)).toEqual([['2016-09-17', 'yesterday', 1]]);
    // FP ¶9: a sentence inside Kodmani’s quote, which the closing mark shows.
    const fp =
      '“Assad never complied with it,” she told Foreign Policy. This week was supposed to bring some humanitarian aid, but what happened instead was the displacement of populations.”';
    expect(events(MONDAY, fp)).toEqual([['2016-09', 'This week', 1]]);
  });
});

describe('extractEvents: other relative dates', () => {
  it('resolves yesterday, today, tomorrow and "N days ago" against publication', () => {
    expect(events(SUNDAY, 'The terrible thing that happened yesterday.')).toEqual([['2016-09-17', 'yesterday', 1]]);
    expect(events(MONDAY, 'Ministers meet today and again this morning.')).toEqual([['2016-09-19', 'today', 1]]);
    expect(events(MONDAY, 'Aid arrives tomorrow.')).toEqual([['2016-09-20', 'tomorrow', 1]]);
    expect(events(MONDAY, 'Fighting resumed two days ago.')).toEqual([['2016-09-17', 'two days ago', 1]]);
    expect(events(MONDAY, 'The war began five years ago.')).toEqual([['2011', 'five years ago', 1]]);
  });

  it('gives week phrases the month that holds the week, never a day', () => {
    const found = extractEvents(source(MONDAY, 'It was brokered a week ago. A statement was issued last week. This week was supposed to bring aid.'));
    expect(found.map(({ date, precision, dateText, relative }) => [date, precision, dateText, relative])).toEqual([
      ['2016-09', 'month', 'a week ago', true],
      ['2016-09', 'month', 'last week', true],
      ['2016-09', 'month', 'This week', true],
    ]);
    // The week of Monday 3 October 2016 began in October; the week before it crosses into September.
    expect(events(new Date('2016-10-03T00:00:00Z'), 'A statement was issued last week.')).toEqual([]);
  });

  it('gives month and year phrases their month and year', () => {
    expect(events(new Date('2016-01-12T00:00:00Z'), 'Prices rose last month and will fall next year.')).toEqual([
      ['2015-12', 'last month', 1],
      ['2017', 'next year', 1],
    ]);
  });
});

describe('extractEvents: calendar dates', () => {
  it('takes a missing year from publication', () => {
    const [event] = extractEvents(source(MONDAY, 'Aid has been stalled since July 7, when attacks rose.'));
    expect(event).toMatchObject({ date: '2016-07-07', precision: 'day', dateText: 'July 7', relative: false });
  });

  it('puts a month after publication in the year before, unless the clause looks ahead', () => {
    expect(events(MONDAY, 'Talks collapsed in October.')).toEqual([['2015-10', 'October', 1]]);
    expect(events(MONDAY, 'Talks will resume in October.')).toEqual([['2016-10', 'October', 1]]);
    expect(events(MONDAY, 'Talks collapsed on Nov. 5.')).toEqual([['2015-11-05', 'Nov. 5', 1]]);
  });

  it('keeps a written year', () => {
    expect(events(MONDAY, 'They spoke on Sept. 9, 2016, in Geneva, and in March 2011.')).toEqual([
      ['2016-09-09', 'Sept. 9, 2016', 1],
      ['2011-03', 'March 2011', 1],
    ]);
  });

  it('reads bare years, but not decades, amounts or numbered names', () => {
    const [event] = extractEvents(source(MONDAY, 'The war has killed more than 300,000 people since it erupted in 2011.'));
    expect(event).toMatchObject({ date: '2011', precision: 'year', dateText: '2011', relative: false });
    expect(events(MONDAY, 'In the 1990s, $2000 bought little; Resolution 2042 passed.')).toEqual([]);
  });

  it('reads years in ranges and after "mid-", not in codes or times', () => {
    expect(events(MONDAY, 'From 2012-2014 and in mid-2015, aid fell.')).toEqual([
      ['2012', '2012', 1],
      ['2014', '2014', 1],
      ['2015', '2015', 1],
    ]);
    expect(events(MONDAY, 'An F-2000 flew at 1900 GMT, 2000 hours.')).toEqual([]);
  });

  it('does not read "9/11" as September 11', () => {
    expect(events(MONDAY, 'Since the 9/11 attacks, policy changed.')).toEqual([]);
  });
});

describe('extractEvents: what is not a date', () => {
  it('drops durations', () => {
    expect(events(MONDAY, 'The seven-day cease-fire must hold for seven days before joint strikes.')).toEqual([]);
    expect(events(MONDAY, 'Aid must arrive within 48 hours, after months of talks, and last for a month.')).toEqual([]);
  });

  it('drops dates relative to another event, "now" and times alone', () => {
    expect(events(MONDAY, 'Two days later the convoy moved; it is getting close to that even now, at 5 p.m.')).toEqual([]);
  });

  it('does not take a count after a date for its hour, day or year', () => {
    // chrono reads these as 20:00 on Saturday, July 20, and July 7, 2020.
    expect(events(MONDAY, 'On Saturday, 20 people died.')).toEqual([['2016-09-17', 'Saturday', 1]]);
    expect(events(MONDAY, 'In July, 20 people died.')).toEqual([['2016-07', 'July', 1]]);
    expect(events(MONDAY, 'On July 7, 20 people died.')).toEqual([['2016-07-07', 'July 7', 1]]);
    expect(events(MONDAY, 'Earlier this month, 20 people died.')).toEqual([['2016-09', 'this month', 1]]);
    // A year after a comma and a day after a month stay.
    expect(events(MONDAY, 'On Sept. 9, 2016, 30 people met; on Saturday, Sept. 17, 62 died.')).toEqual([
      ['2016-09-09', 'Sept. 9, 2016', 1],
      ['2016-09-17', 'Saturday, Sept. 17', 1],
    ]);
  });

  it('drops numbers that are not dates', () => {
    const text =
      'Two F16 and two A10 jets killed more than 60 soldiers; a 20-truck convoy could feed 185,000 people, and 300,000 have died, 62 of them soldiers.';
    expect(events(MONDAY, text)).toEqual([]);
  });
});

describe('extractEvents: events', () => {
  it('links each event to its paragraph and sentence, with the date’s offsets in it', () => {
    const [event] = extractEvents(source(MONDAY, 'A first paragraph.', 'The U.S. envoy spoke. Jets struck Saturday, officials said. Then nothing.'));
    expect(event).toEqual({
      date: '2016-09-17',
      precision: 'day',
      articleId: 'a',
      paragraph: 2,
      dateText: 'Saturday',
      start: 12,
      end: 20,
      sentence: 'Jets struck Saturday, officials said.',
      relative: true,
    });
    expect(event!.sentence.slice(event!.start, event!.end)).toBe(event!.dateText);
  });

  it('keeps a sentence that names a date twice once, and the same date in another sentence again', () => {
    expect(events(SUNDAY, 'The truce unraveled Sunday as Aleppo came under attack Sunday. Kerry spoke Sunday.')).toEqual([
      ['2016-09-18', 'Sunday', 1],
      ['2016-09-18', 'Sunday', 1],
    ]);
  });

  it('shows a date in an aside (", which … in 2011") with the words it belongs to, not the news the sentence reports', () => {
    const text = 'Churkin called the strike a “bad omen” for the U.S.-Russia deal to halt Syria’s war, which has killed more than 300,000 people since it erupted in 2011.';
    const [event] = extractEvents(source(SUNDAY, text));
    expect(event!.date).toBe('2011');
    expect(event!.sentence).toBe('… Syria’s war, which has killed more than 300,000 people since it erupted in 2011.');
    expect(event!.sentence.slice(event!.start, event!.end)).toBe('2011');
    const [aside] = extractEvents(source(SUNDAY, 'Assad, who took power in 2000, spoke to reporters.'));
    expect(aside!.sentence).toBe('Assad, who took power in 2000 …');
    expect(aside!.sentence.slice(aside!.start, aside!.end)).toBe('2000');
  });

  it('keeps the whole sentence when the date belongs to its main clause', () => {
    const [event] = extractEvents(source(SUNDAY, 'Jets struck Saturday, which angered Moscow.'));
    expect(event!.sentence).toBe('Jets struck Saturday, which angered Moscow.');
  });

  it('reads the publication day in UTC, whatever the hour', () => {
    expect(events(new Date('2016-09-19T23:30:00Z'), 'Jets struck Saturday.')).toEqual([['2016-09-17', 'Saturday', 1]]);
  });
});

describe('buildTimeline', () => {
  it('groups by date, in time order, sources then paragraphs within a date', () => {
    const first: TimelineSource = { articleId: 'voa', published: SUNDAY, paragraphs: ['Attacks came Sunday.', 'A raid on Saturday killed soldiers; the war began in 2011.'] };
    const second: TimelineSource = { articleId: 'fp', published: MONDAY, paragraphs: ['Kerry fought on Monday.', 'An airstrike Saturday.', 'Stalled since July 7 and since July.'] };
    const timeline = buildTimeline([first, second]);
    expect(timeline.map(({ date, precision, events }) => [date, precision, events.map((event) => `${event.articleId} ¶${event.paragraph}`)])).toEqual([
      ['2011', 'year', ['voa ¶2']],
      ['2016-07', 'month', ['fp ¶3']],
      ['2016-07-07', 'day', ['fp ¶3']],
      ['2016-09-17', 'day', ['voa ¶2', 'fp ¶2']],
      ['2016-09-18', 'day', ['voa ¶1']],
      ['2016-09-19', 'day', ['fp ¶1']],
    ]);
  });

  it('gives nothing for no sources', () => {
    expect(buildTimeline([])).toEqual([]);
  });
});

describe('the sample articles', () => {
  function article(file: string): TimelineSource {
    const { data, body } = sampleArticle(file);
    const paragraphs = body
      .split(/\n\s*\n/u)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean);
    return { articleId: file.replace(/\.md$/u, ''), published: new Date(String(data['published'])), paragraphs };
  }
  const voa = extractEvents(article('syria-truce-in-peril-as-russia-us-tensions-rise.md'));
  const fp = extractEvents(article('washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence.md'));
  const has = (found: readonly TimelineEvent[], date: string, paragraph: number, words: string) =>
    found.some((event) => event.date === date && event.paragraph === paragraph && event.sentence.includes(words));

  it('VOA (18 September 2016): Sunday’s attacks, Saturday’s strike, 2011', () => {
    expect(has(voa, '2016-09-18', 1, 'came under aerial attack Sunday')).toBe(true);
    expect(has(voa, '2016-09-17', 2, 'killed dozens of Syrian soldiers on Saturday')).toBe(true);
    expect(has(voa, '2011', 5, 'since it erupted in 2011')).toBe(true);
  });

  it('FP (19 September 2016): Saturday’s airstrike, July 7, Monday’s events', () => {
    expect(has(fp, '2016-09-17', 13, 'in an airstrike Saturday in an attack south of Deir Ezzor')).toBe(true);
    expect(has(fp, '2016-07-07', 18, 'since July 7')).toBe(true);
    expect(fp.filter((event) => event.date === '2016-09-19').map((event) => event.paragraph)).toEqual([1, 3, 15, 19]);
  });

  it('takes no event from "seven days" or "seven-day", and no date after publication', () => {
    for (const event of [...voa, ...fp]) {
      expect(event.dateText).not.toMatch(/seven/iu);
      expect(event.sentence.slice(event.start, event.end)).toBe(event.dateText);
    }
    expect(voa.every((event) => event.date <= '2016-09-18')).toBe(true);
    expect(fp.every((event) => event.date <= '2016-09-19')).toBe(true);
  });
});
