import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';

const browser = useBrowser();
const url = (route: string) => inject('siteUrls').root + route;
const ARTICLES = ['articles/syria-truce-in-peril-as-russia-us-tensions-rise/', 'articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence/'];
const PHONE_WIDTHS = [320, 360, 375, 390, 414];

/** A character as laid out; `null` for a space a line may break at. */
type LaidOut = { char: string; left: number; right: number; top: number; height: number } | null;

interface Block {
  id: string;
  /** The right edge of the block's text. */
  right: number;
  fontSize: number;
  chars: LaidOut[];
}

/** Every paragraph and caption, character by character as laid out, terms' text included. */
function laidOutBlocks(page: Page): Promise<Block[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.prose p[id], .captions p[id]')].map((block) => {
      const style = getComputedStyle(block);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest('.pnum') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const range = document.createRange();
      const chars: LaidOut[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          // A space a line may break at ends a word; a no-break space does not ("be\u00a0a").
          if (/[ \t\n\r\f]/u.test(value[i]!)) {
            chars.push(null);
            continue;
          }
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) chars.push({ char: value[i]!, left: rect.left, right: rect.right, top: rect.top, height: rect.height });
        }
      }
      return { id: block.id, right: block.getBoundingClientRect().right - parseFloat(style.paddingRight), fontSize: parseFloat(style.fontSize), chars };
    }),
  );
}

const text = (chars: LaidOut[], from: number, to: number) => chars.slice(Math.max(from, 0), to).map((c) => c?.char ?? ' ').join('');

/** Each line break in a block: the index of the next line's first character and of the last character before it. */
function* lineBreaks({ chars }: Block): Generator<{ first: number; last: number }> {
  for (let first = 1; first < chars.length; first++) {
    let last = first - 1;
    while (last >= 0 && chars[last] === null) last--;
    const [current, previous] = [chars[first], chars[last]];
    if (current && previous && current.top > previous.top + previous.height / 2) yield { first, last };
  }
}

/** The start of every line after the first, with the end of the line before it. */
function lineStarts(block: Block) {
  return [...lineBreaks(block)].map(({ first, last }) => ({ block: block.id, start: text(block.chars, first, first + 12), before: text(block.chars, last - 12, last + 1) }));
}

/**
 * Lines left short although the next line's first word would fit at their
 * end: terms must wrap like the words they stand for. (A button is laid out
 * as one box, so a long term used to jump whole to the next line, or wrap
 * inside its box and push the full stop after it to the far edge.)
 */
function shortLines(block: Block) {
  const { chars } = block;
  const space = block.fontSize * 0.25;
  return [...lineBreaks(block)].flatMap(({ first, last }) => {
    // The next line's first word runs to the next space or hyphen.
    let end = first;
    while (chars[end + 1] && !chars[end]!.char.endsWith('-')) end++;
    const wordWidth = chars[end]!.right - chars[first]!.left;
    const room = block.right - chars[last]!.right - (last === first - 1 ? 0 : space);
    return wordWidth < room - 2 ? [{ block: block.id, before: text(chars, last - 12, last + 1), word: text(chars, first, end + 1), room: Math.round(room) }] : [];
  });
}

/** Punctuation that closes or continues what came before: a line never starts with it. */
const CLOSING = /^[,.;:!?’”')\]…%-]/u;

describe.each(PHONE_WIDTHS)('line breaks at %i px', (width) => {
  it.each(ARTICLES)('%s: no line starts with punctuation (after a term: "Obama / ’s", "Front / , which")', async (route) => {
    const page = await newPage(browser(), { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    await page.goto(url(route));
    const starts = (await laidOutBlocks(page)).flatMap(lineStarts);
    expect(starts.length).toBeGreaterThan(50);
    expect(starts.filter(({ start }) => CLOSING.test(start))).toEqual([]);
    // Nothing wider than the screen: a term kept with its punctuation still fits.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });

  it.each(ARTICLES)('%s: terms wrap like the words they stand for: no line left short of a word that fits', async (route) => {
    const page = await newPage(browser(), { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    await page.goto(url(route));
    expect((await laidOutBlocks(page)).flatMap(shortLines)).toEqual([]);
    await page.close();
  });
});
