import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../src/cli/chromium.ts';

export { chromiumPath };

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** Collects console errors and uncaught exceptions, which every page test checks are absent. */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // A request the page itself gave up on (a reload while the favicon loads) is no error; any other failure is.
  page.on('requestfailed', (request) => request.failure()?.errorText === 'net::ERR_ABORTED' || errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/** A page in its own context (axe needs one), closed together with the page. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // When the browser itself is closing, the context is already going: nothing to report.
  page.once('close', () => void context.close().catch(() => undefined));
  return page;
}

