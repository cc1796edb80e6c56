import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';

const browser = useBrowser();
const url = (route: string) => inject('siteUrls').root + route;
const ARTICLES = ['articles/syria-truce-in-peril-as-russia-us-tensions-rise/', 'articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence/'];
const PHONE_WIDTHS = [320, 360, 375, 390, 414];

interface LineStart {
  block: string;
  /** The line's first characters and the end of the line before it. */
  start: string;
  before: string;
}

/**
 * The start of every line after the first in each paragraph and caption, as
 * laid out: characters measured one by one (a new line is a character below
 * the one before), terms' text included.
 */
function lineStarts(page: Page): Promise<LineStart[]> {
  return page.evaluate(() => {
    const starts: LineStart[] = [];
    for (const block of document.querySelectorAll<HTMLElement>('.prose p[id], .captions p[id]')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.pnum') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const range = document.createRange();
      let text = '';
      let lastTop: number | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          text += value[i];
          if (/\s/u.test(value[i]!)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) {
            starts.push({ block: block.id, start: value.slice(i, i + 12), before: text.slice(-14, -1) });
          }
          lastTop = rect.top;
        }
      }
    }
    return starts;
  });
}

/** Punctuation that closes or continues what came before: a line never starts with it. */
const CLOSING = /^[,.;:!?’”')\]…%-]/u;

describe.each(PHONE_WIDTHS)('line breaks at %i px', (width) => {
  it.each(ARTICLES)('%s: no line starts with punctuation (after a term: "Obama / ’s", "Front / , which")', async (route) => {
    const page = await newPage(browser(), { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    await page.goto(url(route));
    const starts = await lineStarts(page);
    expect(starts.length).toBeGreaterThan(50);
    expect(starts.filter(({ start }) => CLOSING.test(start))).toEqual([]);
    // Nothing wider than the screen: a term kept with its punctuation still fits.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });
});
