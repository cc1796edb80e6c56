import { describe, expect, inject, it } from 'vitest';
import { wcagViolations } from '../support/axe.ts';
import { newPage } from '../support/browser.ts';
import { SCREENSHOT_DIR, useBrowser } from '../support/use-browser.ts';

const browser = useBrowser();

const VOA = 'articles/syria-truce-in-peril-as-russia-us-tensions-rise/';
const FP = 'articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence/';
const UNIT = 'units/september-2016-syria-cease-fire/';
const url = (route: string) => inject('siteUrls').root + route;

describe('a unit', () => {
  it('lists its readings in order with objectives and questions, and its ¶ links lead into the article', async () => {
    const page = await newPage(browser());
    await page.goto(url(UNIT));
    expect(await page.locator('h1').innerText()).toBe('The September 2016 Syria cease-fire');
    expect(await page.locator('.unit-readings .reading-card__title a').allInnerTexts()).toEqual([
      'Syria Truce in Peril as Russia-US Tensions Rise',
      'Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence',
    ]);
    expect(await page.locator('.objectives li').count()).toBe(3);
    const ref = page.locator('.unit-readings li').first().getByRole('link', { name: '¶2–3' });
    expect(await ref.getAttribute('href')).toMatch(/\/articles\/syria-truce-in-peril-as-russia-us-tensions-rise\/\?paragraphs=2-3#p2$/);
    await ref.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#p2');
    await page.close();
  });

  it('numbers its articles Text 1, Text 2, and its own questions’ “Text 2 ¶13” leads into the second article', async () => {
    const page = await newPage(browser());
    await page.goto(url(UNIT));
    await expect.poll(() => page.getByRole('heading', { name: /^Text 1\s*: Syria Truce in Peril as Russia-US Tensions Rise$/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: /^Text 2\s*: Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence$/ }).count()).toBe(1);
    const acrossArticles = page.getByRole('region', { name: 'Across the articles' });
    const first = acrossArticles.getByRole('link', { name: 'Text 1 ¶3', exact: true });
    expect(await first.getAttribute('href')).toMatch(/\/articles\/syria-truce-in-peril-as-russia-us-tensions-rise\/#p3$/);
    const ref = acrossArticles.getByRole('link', { name: 'Text 2 ¶13', exact: true });
    expect(await ref.getAttribute('href')).toMatch(/\/articles\/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence\/#p13$/);
    await ref.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#p13');
    expect(await page.locator('#p13').innerText()).toContain('62 Syrian soldiers');
    await page.close();
  });

  it('is listed on the home page', async () => {
    const page = await newPage(browser());
    await page.goto(url(''));
    await page.locator('.reading-card').getByRole('link', { name: 'The September 2016 Syria cease-fire' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/units\/september-2016-syria-cease-fire\/$/);
    await page.close();
  });
});

describe('comparing the sources', () => {
  it('sets the articles side by side, with who is quoted and each source’s sentences about a shared entity', async () => {
    const page = await newPage(browser());
    await page.goto(url(`${UNIT}compare/`));
    expect(await page.locator('.compare-table thead th').allInnerTexts()).toEqual(['Voice of America', 'Foreign Policy']);
    const quoted = await page.locator('.compare-table tr', { hasText: 'People quoted' }).locator('td').allInnerTexts();
    expect(quoted[0]).toContain('Samantha Power');
    expect(quoted[1]).toContain('Bassma Kodmani');
    expect(quoted[0]).not.toContain('Bassma Kodmani');
    // Deir ez-Zor: "more than 60" in one, "62" in the other, each linked to its paragraph.
    const deir = page.locator('.compare-entity', { has: page.getByRole('heading', { name: 'Deir ez-Zor' }) });
    const columns = await deir.locator('.compare-column').allInnerTexts();
    expect(columns[0]).toContain('more than 60 Syrian soldiers');
    expect(columns[1]).toContain('62 Syrian soldiers');
    expect(await deir.locator('.compare-column').nth(1).locator('a.para').first().getAttribute('href')).toMatch(/washington-scrambles[^#]*#p13$/);
    await page.close();
  });
});

describe('comparing the sources at 320 px', () => {
  /**
   * Words of the table that a line break splits or that stick out of their cell, as "word (in “cell”)".
   * Words are split at spaces and dashes, where a break is fine; a word drawn on two lines has two boxes.
   * Cells hidden for screen readers only (clipped to nothing) are not drawn, so not checked.
   */
  function squeezedWords(table: Element): string[] {
    const found: string[] = [];
    const clipped = (cell: Element) => [cell.parentElement, cell.parentElement?.parentElement].some((box) => box && getComputedStyle(box).clipPath !== 'none');
    for (const cell of [...table.querySelectorAll('th, td')].filter((cell) => !clipped(cell))) {
      const box = cell.getBoundingClientRect();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-‐‑–—/]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const outside = rects.some((rect) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
          if (rects.length > 1 || outside) found.push(`${match[0]} (in “${cell.textContent?.trim()}”)`);
        }
      }
    }
    return found;
  }

  it('stacks each source’s cell under the row’s label, with no horizontal scroll and no word broken or squeezed', async () => {
    const page = await newPage(browser(), { viewport: { width: 320, height: 900 } });
    await page.goto(url(`${UNIT}compare/`));
    const table = page.locator('.compare-table');
    await table.screenshot({ path: `${SCREENSHOT_DIR}compare-table-320.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await table.evaluate(squeezedWords)).toEqual([]);
    // Each source's cell says whose it is.
    const headline = table.locator('tr', { hasText: 'Headline' }).locator('td').first();
    expect(await headline.evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('Voice of America');
    await page.close();
  });

  it('keeps the columns side by side on a wide screen', async () => {
    const page = await newPage(browser(), { viewport: { width: 1280, height: 900 } });
    await page.goto(url(`${UNIT}compare/`));
    const cells = page.locator('.compare-table tr', { hasText: 'Headline' }).locator('td');
    const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(right!.y).toBe(left!.y);
    expect(await page.locator('.compare-table').evaluate(squeezedWords)).toEqual([]);
    await page.close();
  });
});

describe('the timeline', () => {
  it('dates events across the articles, relative days read against publication, each linked to its paragraph', async () => {
    const page = await newPage(browser());
    await page.goto(url(`${UNIT}timeline/`));
    const dates = await page.locator('.timeline__date h2 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2011', '2016-07-07', '2016-09-17', '2016-09-18', '2016-09-19']));
    // Saturday 17 September: the strike, from both sources side by side.
    const saturday = page.locator('.timeline__date', { has: page.locator('time[datetime="2016-09-17"]') });
    expect(await saturday.locator('h3').allInnerTexts()).toEqual(['Voice of America', 'Foreign Policy']);
    expect(await saturday.innerText()).toContain('Saturday, 17 September 2016');
    // Durations are not dates: "seven-day" may stand in a sentence, never as the marked date.
    const marked = await page.locator('.timeline mark').allInnerTexts();
    expect(marked).toContain('Saturday');
    expect(marked.filter((text) => /seven|days/i.test(text))).toEqual([]);
    await page.close();
  });
});

describe('an article’s reading guide', () => {
  it('shows length, a reading-level range from several formulas, and questions whose ¶ links scroll to the paragraph', async () => {
    const page = await newPage(browser());
    await page.goto(url(FP));
    const guide = page.locator('.reading-guide');
    expect(await guide.locator('dd').first().innerText()).toMatch(/^[\d,]+ words, about \d+ min$/);
    expect(await guide.innerText()).toMatch(/U\.S\. grades? \d+(–\d+)?/);
    expect(await guide.locator('.guide-formulas li').count()).toBe(5);
    expect(await guide.locator('.question-group--evidence li').count()).toBe(6);
    expect(await guide.locator('.question-group--discussion li').count()).toBe(2);
    await guide.getByRole('link', { name: '¶8–9' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#p8');
    expect(await page.locator('#p8').innerText()).toContain('Bassma Kodmani');
    await page.close();
  });

  it('cites the article in MLA, APA and Chicago, each with a working copy button', async () => {
    const page = await newPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('')).origin });
    await page.goto(url(FP));
    const citations = page.locator('.citation');
    expect(await citations.locator('dt').allInnerTexts()).toEqual(['MLA 9', 'APA 7', 'Chicago']);
    const mla = await citations.first().locator('.citation__text').innerText();
    expect(mla).toContain('Lynch, Colum.');
    expect(mla).toContain('Foreign Policy');
    await citations.first().getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(mla);
    await expect.poll(() => page.locator('.copy-status').innerText()).toBe('Citation copied.');
    // HTML beside the text, so the outlet stays in italics when pasted into a document.
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('<i>Foreign Policy</i>, 19 Sept. 2016');
    await page.close();
  });

  it('an article with no author is cited by its title', async () => {
    const page = await newPage(browser());
    await page.goto(url(VOA));
    expect(await page.locator('.citation__text').first().innerText()).toMatch(/^“Syria Truce in Peril as Russia-US Tensions Rise\.” Voice of America/);
    await page.close();
  });
});

describe('an article printed on its own', () => {
  it('starts with its unit’s header and its place in the unit, on paper only', async () => {
    const page = await newPage(browser());
    await page.goto(url(FP));
    const header = page.locator('.print-unit-header');
    expect(await header.count()).toBe(1);
    expect(await header.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await header.isVisible()).toBe(true);
    expect(await header.locator('.unit-header__title').innerText()).toBe('The September 2016 Syria cease-fire');
    expect(await header.innerText()).toContain('Text 2 of 2');
    // The unit is named like the reading set: its header stands in for the site's banner, so the title prints once.
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect((await page.locator('body').innerText()).split('The September 2016 Syria cease-fire').length - 1).toBe(1);
    const [headerBox, titleBox] = [await header.boundingBox(), await page.locator('h1').boundingBox()];
    expect(headerBox!.y + headerBox!.height).toBeLessThanOrEqual(titleBox!.y);
    await page.screenshot({ path: `${SCREENSHOT_DIR}article-print-header.png`, clip: { x: 0, y: 0, width: 1280, height: 720 } });
    await page.close();
  });
});

describe('the Print handout button', () => {
  it.each([
    ['an article', FP],
    ['a unit', UNIT],
  ])('on %s page opens the browser’s print dialog, and is not printed itself', async (_, route) => {
    const page = await newPage(browser());
    await page.goto(url(route));
    const button = page.getByRole('button', { name: 'Print handout' });
    expect(await button.isVisible()).toBe(true);
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => void (counted.printed += 1);
    });
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
    await page.close();
  });
});

// Printing from a browser in dark mode keeps the dark colour scheme: the print colours must cover it.
describe.each(['light', 'dark'] as const)('axe, WCAG 2.1 AA, print view, %s mode', (colorScheme) => {
  it.each([
    ['article', FP],
    ['unit', UNIT],
    ['compare', `${UNIT}compare/`],
    ['timeline', `${UNIT}timeline/`],
  ])('the %s page (/%s) has no violations', async (_type, route) => {
    const page = await newPage(browser(), { colorScheme });
    await page.emulateMedia({ media: 'print', colorScheme });
    await page.goto(url(route));
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
