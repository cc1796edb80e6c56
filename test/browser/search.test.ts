import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { wcagViolations } from '../support/axe.ts';
import { newPage, recordPageErrors } from '../support/browser.ts';
import { SCREENSHOT_DIR, useBrowser } from '../support/use-browser.ts';
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

/** The results under each group heading, in order: "Glossary entry", "In the articles", "In the glossary". */
async function readGroups(page: Page): Promise<{ heading: string; titles: string[] }[]> {
  return page.locator('.search-group').evaluateAll((sections) =>
    sections.map((section) => ({
      heading: section.querySelector('h2')!.textContent!.replace(/\s*\(\d+\)$/, ''),
      titles: [...section.querySelectorAll('.search-result__title')].map((title) => title.textContent!),
    })),
  );
}

/** WCAG contrast ratio of two computed colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
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

describe('search results: articles first', () => {
  it.each([
    ['cease-fire', undefined],
    ['Deir Ezzor', 'Deir ez-Zor'],
    ['Kerry', 'John Kerry'],
    ['ISIS', 'Islamic State'],
  ])('"%s": the entry for the name on top, then the articles, then the glossary', async (q, entry) => {
    const { page, errors } = await search({ q });
    const groups = await readGroups(page);
    const headings = groups.map((group) => group.heading);
    expect(headings).toEqual(entry ? ['Glossary entry', 'In the articles', 'Also in the glossary'] : ['In the articles', 'In the glossary']);
    if (entry) expect(groups[0]!.titles).toEqual([entry]);
    expect(groups.find((group) => group.heading === 'In the articles')!.titles.sort()).toEqual([VOA, FP].sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a glossary name finds every article the matcher linked it in, even where the words differ ("al Qaeda": VOA writes "al-Qaida-linked")', async () => {
    const { page, titles } = await search({ q: 'al Qaeda' });
    expect(titles).toEqual(expect.arrayContaining([VOA]));
    await page.close();
  });

  it('glossary sources are not searched', async () => {
    const { page, titles } = await search({ q: 'Britannica' });
    expect(titles).toEqual([]);
    await page.close();
  });

  it('snippet marks cover the words, not the commas after them', async () => {
    const { page } = await search({ q: 'Kerry' });
    const marks = await page.locator('.search-result__excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => /[^\p{L}\p{N}]$/u.test(mark))).toEqual([]);
    await page.close();
  });

  it('ordered by date, says that glossary entries follow in best-match order', async () => {
    const { page } = await search({ q: 'cease-fire', sort: 'newest' });
    expect(await page.locator('[data-search-notes]').innerText()).toContain('Glossary entries have no date');
    const groups = await readGroups(page);
    expect(groups[0]).toEqual({ heading: 'In the articles', titles: [FP, VOA] });
    expect(groups[1]?.heading).toBe('In the glossary');
    await page.close();
  });

  it('a shared address with filter values the site does not have says which were left out', async () => {
    const { page } = await search({ q: 'Kerry', outlet: 'Reuters', mentions: 'Nobody Here' });
    expect(await page.locator('[data-search-notes]').innerText()).toBe('This address asks for filters this site does not have, which were left out: outlet “Reuters”, mentions “Nobody Here”.');
    await page.close();
  });

  it('"Lavorv" suggests "Did you mean Lavrov?", which searches for it', async () => {
    const { page, titles } = await search({ q: 'Lavorv' });
    expect(titles).toEqual([]);
    const suggestion = page.locator('.search-suggestions');
    expect(await suggestion.innerText()).toBe('Did you mean Lavrov?');
    await suggestion.getByRole('link', { name: 'Lavrov' }).click();
    await expect.poll(() => readResults(page).then((r) => r.titles)).toContain(VOA);
    await page.close();
  });

  it('filter counts are for the current query; "Articles that mention" offers only names in the results, by kind, with a name box', async () => {
    const { page, titles } = await search({ q: 'Kodmani' });
    await page.getByText('Filters', { exact: true }).click();
    const articleBox = page.getByRole('checkbox', { name: /^Article/ });
    expect(await articleBox.locator('xpath=..').innerText()).toMatch(/^\s*Article\s+\(1\)/);
    const mentions = page.locator('.search-filter--mentions');
    expect(await mentions.locator('legend').first().innerText()).toBe('Articles that mention');
    expect(await mentions.locator('.search-filter__kind:not([hidden]) > legend').allInnerTexts()).toContain('People');
    // Only FP is found: names FP does not mention are not offered.
    expect(titles).toContain(FP);
    expect(await page.getByRole('checkbox', { name: /^Bassma Kodmani/ }).isVisible()).toBe(true);
    const visible = await mentions.locator('.search-filter__kind label:visible').count();
    const total = await mentions.locator('.search-filter__kind label').count();
    expect(visible).toBeLessThan(total);
    await page.getByLabel('Find a name').fill('kodm');
    expect(await mentions.locator('.search-filter__kind label:visible').allInnerTexts()).toEqual([expect.stringMatching(/^\s*Bassma Kodmani\s+\(1\)/)]);
    await page.close();
  });
});

describe('highlights on the opened page', () => {
  it('"Kerry Lavrov" marks both words, though they are not next to each other', async () => {
    const { page, links, titles } = await search({ q: 'Kerry Lavrov' });
    const voa = links[titles.indexOf(VOA)]!;
    expect(new URL(voa, 'http://x').searchParams.getAll('highlight')).toEqual(['Kerry', 'Lavrov']);
    await page.goto(new URL(voa, page.url()).href);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(1);
    const marked = new Set(await page.locator('mark.pagefind-highlight').allInnerTexts());
    expect(marked).toEqual(new Set(['Kerry', 'Lavrov']));
    await page.close();
  });

  it('a quoted phrase is marked whole', async () => {
    const { page, links } = await search({ q: '"Nusra Front"' });
    expect(new URL(links[0]!, 'http://x').searchParams.getAll('highlight')).toContain('Nusra Front');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the marked words stand out on the cited paragraph, with AA contrast (%s)', async (colorScheme) => {
    const page = await newPage(browser(), { colorScheme });
    await page.goto(`${inject('siteUrls').root}articles/syria-truce-in-peril-as-russia-us-tensions-rise/?highlight=Deir+al-Zor#p3`);
    const mark = page.locator('#p3 mark.pagefind-highlight').first();
    await expect.poll(() => mark.count()).toBe(1);
    const colors = await mark.evaluate((element) => {
      const style = getComputedStyle(element);
      const paragraph = getComputedStyle(element.closest('p')!);
      return { text: style.color, mark: style.backgroundColor, edge: style.boxShadow.match(/rgba?\([^)]*\)/)![0], target: paragraph.backgroundColor };
    });
    expect(colors.mark).not.toBe(colors.target);
    expect(contrast(colors.text, colors.mark)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.text, colors.target)).toBeGreaterThanOrEqual(4.5);
    // The underline tells a mark from the paragraph around it (non-text contrast, 3:1).
    expect(contrast(colors.edge, colors.target)).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${SCREENSHOT_DIR}search-highlight-${colorScheme}.png`, clip: { x: 0, y: 0, width: 1280, height: 900 } });
    await page.close();
  });

  it('a "¶2–3" link marks both paragraphs, from the unit page and within the article', async () => {
    const page = await newPage(browser());
    const errors = recordPageErrors(page);
    await page.goto(`${inject('siteUrls').root}units/september-2016-syria-cease-fire/`);
    await page.locator('.unit-readings li').first().getByRole('link', { name: '¶2–3' }).click();
    const background = (id: string) => page.locator(`#${id}`).evaluate((p) => getComputedStyle(p).backgroundColor);
    await expect.poll(() => background('p3')).toBe(await background('p2'));
    expect(await background('p2')).not.toBe(await background('p4'));
    // A plain ¶ link ends the marking.
    await page.locator('#p5 .pnum').click();
    await expect.poll(() => background('p3')).toBe(await background('p4'));
    // The article's own question links mark without a reload.
    const articleRef = page.locator('a.paragraph-ref', { hasText: /^¶\d+[–-]\d+$/ }).first();
    if ((await articleRef.count()) > 0) {
      const [from, to] = (await articleRef.innerText()).slice(1).split(/[–-]/).map(Number) as [number, number];
      await articleRef.click();
      await expect.poll(() => background(`p${to}`)).toBe(await background(`p${from}`));
      expect(await background(`p${from}`)).not.toBe(await background(`p${to + 1}`));
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
