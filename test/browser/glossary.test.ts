import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { accessibleNode } from '../support/accessibility.ts';
import { wcagViolations } from '../support/axe.ts';
import { newPage } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';
import { outputRoot, projectRoot } from '../support/paths.ts';

const browser = useBrowser();

const FP = 'articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence/';
const VOA = 'articles/syria-truce-in-peril-as-russia-us-tensions-rise/';
const url = (route: string) => inject('siteUrls').root + route;

const openCards = (page: Page) => page.locator('.gloss-card:popover-open').evaluateAll((cards) => cards.map((card) => card.id));

async function expectCardInViewport(page: Page, id: string) {
  const box = await page.locator(`#${id}`).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

describe.each([
  { width: 320, height: 640, label: 'phone' },
  { width: 1280, height: 800, label: 'desktop' },
])('glossary popovers on a $label ($width px)', ({ width, height }) => {
  it('tapping a term opens its entity’s card, on screen, and tapping outside closes it', async () => {
    const page = await newPage(browser(), { viewport: { width, height }, hasTouch: true, isMobile: width < 400 });
    await page.goto(url(FP));
    const term = page.locator('#p4 .term[data-entity="john-kirby"]');
    await term.tap();
    expect(await openCards(page)).toEqual(['gloss-john-kirby']);
    await expect.poll(() => page.locator('#gloss-john-kirby').innerText()).toContain('John Kirby');
    await expectCardInViewport(page, 'gloss-john-kirby');
    await page.touchscreen.tap(5, 5);
    expect(await openCards(page)).toEqual([]);
    await page.close();
  });

  it('clicking a term opens its card next to it, and the card links to the entity page', async () => {
    const page = await newPage(browser(), { viewport: { width, height } });
    await page.goto(url(VOA));
    await page.locator('#p3 .term[data-entity="deir-ez-zor"]').click();
    expect(await openCards(page)).toEqual(['gloss-deir-ez-zor']);
    await expectCardInViewport(page, 'gloss-deir-ez-zor');
    if (width > 640) {
      const term = (await page.locator('#p3 .term[data-entity="deir-ez-zor"]').boundingBox())!;
      const card = (await page.locator('#gloss-deir-ez-zor').boundingBox())!;
      expect(Math.abs(card.y - (term.y + term.height)) < 24 || Math.abs(card.y + card.height - term.y) < 24).toBe(true);
    }
    await page.locator('#gloss-deir-ez-zor a.gloss-card__more').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/glossary\/deir-ez-zor\/$/);
    await page.close();
  });

  it('Enter and Space open the card; Escape closes it and returns focus to the term', async () => {
    const page = await newPage(browser(), { viewport: { width, height } });
    await page.goto(url(VOA));
    // A term's first word is its one tab stop, named by the whole term.
    const term = page.locator('#p6 .term[data-entity="john-kerry"] button').first();
    await term.focus();
    await page.keyboard.press('Enter');
    expect(await openCards(page)).toEqual(['gloss-john-kerry']);
    await page.keyboard.press('Escape');
    expect(await openCards(page)).toEqual([]);
    expect(await term.evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await openCards(page)).toEqual(['gloss-john-kerry']);
    // Tab moves into the open card, to its link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.gloss-card')?.id)).toBe('gloss-john-kerry');
    await page.keyboard.press('Escape');
    expect(await openCards(page)).toEqual([]);
    await page.close();
  });
});

describe('hover', () => {
  it('opens after an intent delay, stays while the pointer moves into the card, closes after leaving', async () => {
    const page = await newPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(url(VOA));
    const term = page.locator('#p4 .term[data-entity="samantha-power"]');
    // The delay is measured in the page, from the pointer's arrival to the card's opening: a busy machine may take longer to hover than the delay.
    await page.evaluate(() => {
      const times: Record<string, number> = {};
      Object.assign(window, { hoverTimes: times });
      document.addEventListener('pointerover', () => (times.over ??= performance.now()), true);
      document.addEventListener('toggle', () => (times.open ??= performance.now()), true);
    });
    await term.hover();
    await expect.poll(() => openCards(page), { timeout: 2000 }).toEqual(['gloss-samantha-power']);
    const { over, open } = await page.evaluate(() => (window as unknown as { hoverTimes: { over: number; open: number } }).hoverTimes);
    expect(open - over).toBeGreaterThanOrEqual(450);
    const card = (await page.locator('#gloss-samantha-power').boundingBox())!;
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await openCards(page)).toEqual(['gloss-samantha-power']);
    await page.mouse.move(5, 790);
    await expect.poll(() => openCards(page), { timeout: 2000 }).toEqual([]);
    await page.close();
  });

  it('a click on a hover-opened card’s term keeps it open', async () => {
    const page = await newPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(url(VOA));
    const term = page.locator('#p4 .term[data-entity="samantha-power"]');
    await term.hover();
    await expect.poll(() => openCards(page), { timeout: 2000 }).toEqual(['gloss-samantha-power']);
    await term.click();
    await page.mouse.move(5, 790);
    await page.waitForTimeout(600);
    expect(await openCards(page)).toEqual(['gloss-samantha-power']);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('a click still opens the card (the popover API needs no script)', async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await page.goto(url(VOA));
    await page.locator('#p6 .term[data-entity="john-kerry"]').click();
    expect(await openCards(page)).toEqual(['gloss-john-kerry']);
    await page.close();
  });

  it('at 1280 px the card opens by its term, not in a corner', async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    await page.goto(url(FP));
    for (const [selector, id] of [
      ['#p10 .term[data-entity="barack-obama"]', 'gloss-barack-obama'],
      ['#p3 .term[data-entity="aleppo"]', 'gloss-aleppo'],
    ] as const) {
      const term = page.locator(selector);
      await term.scrollIntoViewIfNeeded();
      await term.click();
      expect(await openCards(page)).toEqual([id]);
      const termBox = (await term.boundingBox())!;
      const card = (await page.locator(`#${id}`).boundingBox())!;
      await expectCardInViewport(page, id);
      expect(Math.abs(card.y - (termBox.y + termBox.height)) < 24 || Math.abs(card.y + card.height - termBox.y) < 24).toBe(true);
      expect(Math.abs(card.x - termBox.x) < 24 || Math.abs(card.x + card.width - (termBox.x + termBox.width)) < 24).toBe(true);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });
});

describe('on a phone the card is a sheet at the bottom', () => {
  it.each([
    { width: 320, height: 640 },
    { width: 375, height: 700 },
  ])('which never hides the tapped term, and has a 44 px close button ($width × $height)', async ({ width, height }) => {
    const page = await newPage(browser(), { viewport: { width, height }, hasTouch: true, isMobile: true });
    await page.goto(url(VOA));
    for (const [selector, id] of [
      ['#p7 .term[data-entity="syria"]', 'gloss-syria'],
      ['#p11 .term[data-entity="john-kerry"]', 'gloss-john-kerry'],
    ] as const) {
      const term = page.locator(selector);
      // Put the term low on the screen, where most taps were.
      await term.evaluate((node) => scrollBy({ top: node.getBoundingClientRect().top - (innerHeight - 90), behavior: 'instant' }));
      await term.tap();
      expect(await openCards(page)).toEqual([id]);
      const card = (await page.locator(`#${id}`).boundingBox())!;
      expect(card.y + card.height).toBeCloseTo(height, 0);
      expect(card.width).toBeCloseTo(width, 0);
      await expect.poll(async () => (await term.boundingBox())!.y + (await term.boundingBox())!.height).toBeLessThanOrEqual(card.y);
      expect((await term.boundingBox())!.y).toBeGreaterThanOrEqual(0);
      const close = (await page.locator(`#${id} .gloss-card__close`).boundingBox())!;
      expect(close.width).toBeGreaterThanOrEqual(44);
      expect(close.height).toBeGreaterThanOrEqual(44);
      await page.locator(`#${id} .gloss-card__close`).tap();
      expect(await openCards(page)).toEqual([]);
    }
    await page.close();
  });
});

describe('terms in the page', () => {
  it.each([VOA, FP])('%s: one card per entity, each term a button that expands', async (route) => {
    const page = await newPage(browser());
    await page.goto(url(route));
    const entities = await page.locator('.term').evaluateAll((terms) => [...new Set(terms.map((t) => t.getAttribute('data-entity')))].sort());
    const cards = await page.locator('.gloss-card').evaluateAll((nodes) => nodes.map((n) => n.id.replace(/^gloss-/, '')).sort());
    expect(entities.length).toBeGreaterThan(10);
    expect(cards).toEqual(entities);
    expect(await page.locator('.gloss-cards[data-pagefind-ignore]').count()).toBe(1);
    // Screen readers hear a button that expands: Chromium derives it from popovertarget, with or without script.
    const kerry = '.prose .term[data-entity="john-kerry"] button';
    expect(await accessibleNode(page, kerry)).toEqual({ role: 'button', name: 'John Kerry', expanded: false });
    await page.locator(kerry).first().click();
    expect(await accessibleNode(page, kerry)).toEqual({ role: 'button', name: 'John Kerry', expanded: true });
    await page.close();
  });

  it.each([
    [VOA, 'Kerry said'],
    [FP, 'Kirby said'],
  ])('%s: the text reads exactly as the source, spaces around terms included', async (route, phrase) => {
    const id = route.split('/')[1]!;
    const { body } = parseMarkdownFile(readFileSync(`${projectRoot}content/articles/${id}.md`, 'utf8'), id);
    const page = await newPage(browser());
    await page.goto(url(route));
    const shown = await page.locator('.prose p[id]').evaluateAll((nodes) =>
      nodes.map((node) => [...node.childNodes].filter((child) => !(child instanceof Element && child.matches('.pnum'))).map((child) => child.textContent).join('')),
    );
    expect(shown).toEqual(body.trim().split(/\n\n+/));
    expect(shown.join(' ')).toContain(phrase);
    await page.close();
  });

  it('axe finds no WCAG 2.1 AA violation with a card open', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage(browser(), { colorScheme });
      await page.goto(url(FP));
      await page.locator('#p4 .term[data-entity="john-kirby"]').click();
      expect(await openCards(page)).toEqual(['gloss-john-kirby']);
      expect(await wcagViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('entity pages', () => {
  it('list every mention across the set, under every spelling (Deir al-Zor / Deir Ezzor)', async () => {
    const page = await newPage(browser());
    await page.goto(url('glossary/deir-ez-zor/'));
    expect(await page.locator('h1').innerText()).toBe('Deir ez-Zor');
    const marks = await page.locator('.mention-list mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['Deir al-Zor', 'Deir Ezzor']));
    const articles = await page.locator('#mentions ~ h3 a').allInnerTexts();
    expect(articles).toEqual(['Syria Truce in Peril as Russia-US Tensions Rise', 'Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence']);
    // Each mention links to its paragraph, and that paragraph really names the place.
    const link = page.locator('.mention-list a.para').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.url()).toContain(href);
    expect(await page.locator(new URL(page.url()).hash).innerText()).toContain('Deir al-Zor');
    await page.close();
  });

  it('a name in a photo caption is a term too, and its entity page cites the caption', async () => {
    const page = await newPage(browser());
    await page.goto(url(VOA));
    await page.locator('#caption-1 .term[data-entity="sergey-lavrov"]').click();
    expect(await openCards(page)).toEqual(['gloss-sergey-lavrov']);
    await page.goto(url('glossary/sergey-lavrov/'));
    const citation = page.locator('.mention-list a.para');
    expect(await citation.allInnerTexts()).toEqual(['Caption 1']);
    await citation.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#caption-1');
    expect(await page.locator('#caption-1').innerText()).toContain('Sergey Lavrov');
    await page.close();
  });

  it('the glossary lists every entry by kind, with its number of mentions', async () => {
    const page = await newPage(browser());
    await page.goto(url('glossary/'));
    const files = readdirSync(`${projectRoot}content/glossary`).filter((f) => f.endsWith('.md'));
    expect(await page.locator('.entity-list li').count()).toBe(files.length);
    for (const kind of ['People', 'Groups', 'Places']) expect(await page.getByRole('heading', { name: new RegExp(`^${kind}`) }).count()).toBe(1);
    const kerry = page.locator('.entity-list li').filter({ has: page.getByRole('link', { name: 'John Kerry', exact: true }) });
    expect(await kerry.innerText()).toMatch(/\d+ mentions in 2 articles/);
    await page.close();
  });

  it('an article lists its people, groups and places and its related articles', async () => {
    const page = await newPage(browser());
    await page.goto(url(VOA));
    const panel = page.locator('#in-this-article + .entity-list');
    expect(await panel.locator('li', { hasText: 'Samantha Power' }).count()).toBe(1);
    const related = await page.locator('#related-articles + .entity-list a').allInnerTexts();
    expect(related).toEqual(['Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence']);
    await page.close();
  });
});

describe.each([
  { width: 320, height: 640, label: 'phone' },
  { width: 1280, height: 800, label: 'desktop' },
])('who calls it what, on an entity page on a $label ($width px)', ({ width, height }) => {
  it('lists each outlet’s names, fits the screen and passes axe', async () => {
    const page = await newPage(browser(), { viewport: { width, height } });
    await page.goto(url('glossary/islamic-state/'));
    const section = page.locator('section[aria-labelledby="outlet-names"]');
    await expect.poll(() => section.locator('h2').innerText()).toBe('Who calls it what');
    const rows = await section.locator('.outlet-names > div').evaluateAll((divs) => divs.map((div) => (div as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.join(' | ')).toMatch(/Foreign Policy:? .*(ISIS|Islamic State)/u);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${outputRoot}entity-outlet-names-${width}.png` });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
