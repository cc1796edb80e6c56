import { afterAll, describe, expect, it, vi } from 'vitest';

/** Time zones on both sides of UTC, and the two furthest from it. */
const TIME_ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const machineZone = process.env.TZ;
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

/** The modules loaded afresh under a time zone, as a build on a machine set to it would load them. */
async function under(zone: string) {
  process.env.TZ = zone;
  vi.resetModules();
  const dates = await import('../../../src/lib/text/dates.ts');
  const { ArticleSchema } = await import('../../../src/lib/content/schemas.ts');
  const { mla9 } = await import('../../../src/lib/classroom/citations.ts');
  const { buildTimeline } = await import('../../../src/lib/classroom/timeline.ts');
  return { ...dates, ArticleSchema, mla9, buildTimeline };
}

const article = { title: 'T', source: 'VOA' };

describe.each(TIME_ZONES)('a publication date is a calendar day, with TZ=%s', (zone) => {
  it('reads and prints 18 September 2016 as that day', async () => {
    const { ArticleSchema, formatLongDate, formatShortDate, isoDay, mla9 } = await under(zone);
    // The zone took effect: local midnight is not UTC midnight.
    if (zone !== 'UTC') expect(new Date(2016, 8, 18).getTimezoneOffset()).not.toBe(0);
    const { published } = ArticleSchema.parse({ ...article, published: '2016-09-18' });
    expect(isoDay(published)).toBe('2016-09-18');
    expect(formatLongDate(published)).toBe('Sunday, 18 September 2016');
    expect(formatShortDate(published)).toBe('18 Sept 2016');
    expect(mla9({ ...article, published }).text).toContain('18 Sept. 2016');
  });

  it('reads "yesterday" and "on Saturday" against that day', async () => {
    const { ArticleSchema, buildTimeline } = await under(zone);
    const { published } = ArticleSchema.parse({ ...article, published: '2016-09-19' });
    const paragraphs = ['Russia said yesterday that the truce was failing.', 'A convoy was struck on Saturday near Aleppo.'];
    const dates = buildTimeline([{ articleId: 'a', published, paragraphs }]).map(({ date, events }) => [date, events.map((event) => event.paragraph)]);
    expect(dates).toEqual([['2016-09-17', [2]], ['2016-09-18', [1]]]);
  });

  it('refuses what is not a YYYY-MM-DD day, whatever the zone would make of it', async () => {
    const { ArticleSchema } = await under(zone);
    for (const value of ['September 18, 2016', '2016-09-18T23:30:00-08:00', '2016-9-18']) {
      expect(ArticleSchema.safeParse({ ...article, published: value }).success).toBe(false);
    }
  });
});

describe('parseCalendarDay', () => {
  it('accepts YYYY-MM-DD strings and YAML dates (midnight UTC)', async () => {
    const { parseCalendarDay, isoDay } = await under('Asia/Tokyo');
    expect(isoDay(parseCalendarDay('2016-02-29')!)).toBe('2016-02-29');
    expect(isoDay(parseCalendarDay(new Date(Date.UTC(2016, 8, 18)))!)).toBe('2016-09-18');
  });

  it('refuses anything else', async () => {
    const { parseCalendarDay } = await under('America/Los_Angeles');
    const refused = [null, 0, 1, -1, true, false, [2016], {}, '', '2016', '2016-02-30', '2015-02-29', '2016-13-01', '2016-00-10', ' 2016-09-18', '2016-09-18 ', 'September 18, 2016', '18/09/2016', new Date(Date.UTC(2016, 8, 18, 12)), new Date(Number.NaN)];
    for (const value of refused) expect(parseCalendarDay(value), String(value)).toBeUndefined();
  });
});
