import { describe, expect, inject, it } from 'vitest';
import { wcagViolations } from '../support/axe.ts';
import { newPage, recordPageErrors } from '../support/browser.ts';
import { SCREENSHOT_DIR, useBrowser } from '../support/use-browser.ts';
import { BUILDS, type BuildName } from '../support/paths.ts';
import { pageTypeOf, sitePages } from '../support/site-files.ts';

const browser = useBrowser();

const routes = sitePages(BUILDS.root.outDir).map((page) => page.route);
/** One page of each type: home, article, 404, and whatever types later pages add. */
const representatives = [...new Map(routes.map((route) => [pageTypeOf(route), route])).entries()];

describe.each(Object.keys(BUILDS) as BuildName[])('every page of the %s build', (name) => {
  it.each(routes)('/%s loads with no console error or failed request', async (route) => {
    const page = await newPage(browser());
    const errors = recordPageErrors(page);
    const response = await page.goto(inject('siteUrls')[name] + route, { waitUntil: 'networkidle' });
    // The 404 page is served with a 200 by our test server only when requested by its file name.
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('layout at 320 px', () => {
  it.each(routes)('/%s has no horizontal scroll', async (route) => {
    const page = await newPage(browser(), { viewport: { width: 320, height: 640 } });
    await page.goto(inject('siteUrls').root + route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('axe, WCAG 2.1 AA, %s mode', (colorScheme) => {
  it.each(representatives)('%s page (/%s) has no violations', async (_type, route) => {
    const page = await newPage(browser(), { colorScheme });
    await page.goto(inject('siteUrls').root + route);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('screenshots for review', () => {
  const shots = representatives.filter(([type]) => type !== '404');
  it.each(shots.flatMap(([type, route]) => [320, 1280].map((width) => [type, width, route] as const)))(
    '%s at %i px renders with its heading visible',
    async (type, width, route) => {
      const page = await newPage(browser(), { viewport: { width, height: 900 } });
      await page.goto(inject('siteUrls').root + route);
      await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
      await page.screenshot({ path: `${SCREENSHOT_DIR}${type}-${width}.png`, fullPage: true });
      await page.close();
    },
  );
});
