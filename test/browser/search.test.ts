import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { wcagViolations } from '../support/axe.ts';
import { newPage, recordPageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';
import type { BuildName } from '../support/paths.ts';

const browser = useBrowser();

const VOA = 'Syria Truce in Peril as Russia-US Tensions Rise';
const FP = 'Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence';

/** Opens the search page with URL parameters, waits for the announcement, and reads the results as a reader sees them. */
async function search(params: Record<string, string | string[]>, build: BuildName = 'root') {
  const page = await newPage(browser());
  const errors = recordPageErrors(page);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) query.append(key, v);
  await page.goto(`${inject('siteUrls')[build]}search/?${query}`);
  await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/results?|No results/);
  return { page, errors, ...(await readResults(page)) };
}

async function readResults(page: Page) {
  const status = await page.locator('[data-search-status]').innerText();
  const titles = await page.locator('.search-result__title').allInnerTexts();
  const links = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return { status, titles, links };
}

describe('search', () => {
  it('a full name finds both articles and the entry, titles and outlets shown, matches marked', async () => {
    const { page, errors, titles, status } = await search({ q: 'John Kerry' });
    expect(titles).toEqual(expect.arrayContaining(['John Kerry', VOA, FP]));
    expect(status).toMatch(/^\d+ results? for “John Kerry”/);
    const fp = page.locator('.search-result', { hasText: FP });
    expect(await fp.locator('.meta').innerText()).toContain('Foreign Policy · Monday, 19 September 2016');
    expect(await fp.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a surname alone finds the article that names her, linked to the paragraph', async () => {
    const { page, titles, links } = await search({ q: 'Kodmani' });
    expect(titles).toContain(FP);
    expect(titles).not.toContain(VOA);
    expect(links[titles.indexOf(FP)]).toMatch(/\/articles\/washington-scrambles[^#]*\?highlight=Kodmani#p\d+$/);
    await page.close();
  });

  it.each([
    ['Nusra Front', 'Jabhat Fateh al-Sham', [FP]],
    ['al-Nusra', 'Jabhat Fateh al-Sham', [FP]],
    // VOA says only "Islamic State": found through the entry's other names.
    ['ISIS', 'Islamic State', [VOA, FP]],
  ])('an alias, "%s", finds the entry %s and every article that names it', async (q, entry, articles) => {
    const { page, titles } = await search({ q });
    // Names and aliases weigh more than body text: the entry comes first.
    expect(titles[0]).toBe(entry);
    expect(titles).toEqual(expect.arrayContaining(articles));
    await page.close();
  });

  it('a phrase from the middle of an article leads to its paragraph, where the words are highlighted', async () => {
    const { page, titles, links } = await search({ q: 'humanitarian corridors' });
    expect(titles[0]).toBe(FP);
    const href = links[0]!;
    expect(href).toMatch(/#p\d+$/);
    await page.locator('.search-result__title a').first().click();
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    const paragraph = page.locator(new URL(href, 'http://x').hash);
    expect(await paragraph.innerText()).toContain('humanitarian corridors');
    expect((await paragraph.locator('mark.pagefind-highlight').allInnerTexts()).join(' ')).toMatch(/humanitarian\s+corridors/);
    await page.close();
  });

  it('filters combine: articles that mention both Kerry and Lavrov, by clicks and in the URL', async () => {
    const page = await newPage(browser());
    await page.goto(`${inject('siteUrls').root}search/`);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Article/ }).check();
    await page.getByRole('checkbox', { name: /^John Kerry/ }).check();
    await page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).check();
    await expect.poll(async () => (await readResults(page)).titles).toEqual([VOA]);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('mentions').sort()).toEqual(['John Kerry', 'Sergey Lavrov']);
    // The same URL, shared, shows the same results with the boxes ticked.
    const shared = await search(Object.fromEntries([...url.searchParams.keys()].map((key) => [key, url.searchParams.getAll(key)])));
    expect(shared.titles).toEqual([VOA]);
    expect(await shared.page.getByRole('checkbox', { name: /^Sergey Lavrov/ }).isChecked()).toBe(true);
    await shared.page.close();
    await page.close();
  });

  it('sorts articles by date, newest first', async () => {
    const { page, titles } = await search({ q: 'cease-fire', type: 'Article', sort: 'newest' });
    expect(titles).toEqual([FP, VOA]);
    await page.close();
  });

  it('says clearly when nothing is found', async () => {
    const { page, status, titles } = await search({ q: 'zyxwvut' });
    expect(titles).toEqual([]);
    expect(status).toBe('No results for “zyxwvut”. Try another spelling, fewer words, or fewer filters.');
    await page.close();
  });

  it.each([
    ['<script>window.injected=1</script><img src=x onerror="window.injected=2">'],
    ['🕊️ 🇸🇾'],
    ['Kerry '.repeat(84).trim()],
    ['?!.,;:—…“”()'],
  ])('an odd query (%s) runs without error and injects nothing', async (q) => {
    const { page, errors, status } = await search({ q });
    expect(status).toMatch(/results?|No results/);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the header box on any page searches, "/" focuses it, and no search code loads before that', async () => {
    const page = await newPage(browser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${inject('siteUrls').root}articles/syria-truce-in-peril-as-russia-us-tensions-rise/`, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => url.includes('pagefind'))).toEqual([]);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Lavrov');
    await page.keyboard.press('Enter');
    await expect.poll(() => readResults(page).then((r) => r.titles)).toContain(VOA);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Lavrov');
    await page.close();
  });

  it('shows results twenty at a time; "Show more results" adds the next and moves focus to them', async () => {
    const { page, titles, status } = await search({ q: 'Syria' });
    const total = Number(/^(\d+) results/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(titles).toHaveLength(20);
    expect(status).toBe(`${total} results for “Syria”; showing 20.`);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(total, 40));
    expect(await page.evaluate(() => [...document.querySelectorAll('.search-result')].indexOf(document.activeElement?.closest('.search-result') as Element))).toBe(20);
    await page.close();
  });

  it('keyboard: ↓ from the field walks the results', async () => {
    const { page, titles } = await search({ q: 'Kerry' });
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(titles[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.close();
  });

  it('works under a base path', async () => {
    const { page, titles, links, errors } = await search({ q: 'Kerry' }, 'subpath');
    expect(titles).toContain(FP);
    expect(links.every((href) => href.startsWith('/guide/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('axe finds no WCAG 2.1 AA violation with results and filters shown (%s)', async (colorScheme) => {
    const page = await newPage(browser(), { colorScheme });
    await page.goto(`${inject('siteUrls').root}search/?q=Kerry&type=Article`);
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    // Open on a wide screen when a filter is on, and says how many.
    expect(await page.locator('details.search-filters__panel').getAttribute('open')).not.toBeNull();
    expect(await page.locator('.search-filters__panel summary').innerText()).toBe('Filters (1 on)');
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
