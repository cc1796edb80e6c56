import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { outputRoot } from './paths.ts';

/** Where browser tests leave screenshots for a person to look at. */
export const SCREENSHOT_DIR = `${outputRoot}screenshots/`;

/**
 * One headless chromium for a test file, launched before its tests and
 * closed after them: call at the top of the file, then `newPage(browser())`.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top level of the test file');
    return browser;
  };
}
