import { describe, expect, inject, it } from 'vitest';
import { newPage } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';
import { BUILDS, type BuildName } from '../support/paths.ts';
import { sitePages } from '../support/site-files.ts';

const browser = useBrowser();

const article = sitePages(BUILDS.root.outDir).find((page) => page.route.startsWith('articles/'));
if (!article) throw new Error('the bundled site has no article page');

describe.each(Object.keys(BUILDS) as BuildName[])('numbered paragraphs (%s build)', (name) => {
  it('numbers body paragraphs p1…pN in reading order, each number shown', async () => {
    const page = await newPage(browser());
    await page.goto(inject('siteUrls')[name] + article.route);
    const paragraphs = await page.locator('.prose p[id]').evaluateAll((nodes) =>
      nodes.map((node) => ({ id: node.id, number: node.querySelector('.pnum')?.textContent })),
    );
    expect(paragraphs.length).toBeGreaterThan(5);
    paragraphs.forEach((paragraph, index) => {
      expect(paragraph).toEqual({ id: `p${index + 1}`, number: String(index + 1) });
    });
    await page.close();
  });

  it('opening #p7 scrolls paragraph 7 into view and marks it', async () => {
    const page = await newPage(browser(), { viewport: { width: 800, height: 600 } });
    await page.goto(`${inject('siteUrls')[name]}${article.route}#p7`);
    const box = await page.locator('#p7').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(600 / 2);
    expect(await page.locator('#p7').evaluate((node) => node.matches(':target'))).toBe(true);
    await page.close();
  });

  it('clicking a paragraph number puts its link in the address bar and scrolls to it', async () => {
    const page = await newPage(browser(), { viewport: { width: 320, height: 640 } });
    await page.goto(inject('siteUrls')[name] + article.route);
    await page.locator('#p9 .pnum').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#p9');
    expect(new URL(page.url()).pathname).toBe(new URL(inject('siteUrls')[name] + article.route).pathname);
    const box = await page.locator('#p9').boundingBox();
    expect(box!.y).toBeLessThan(640 / 2);
    await page.close();
  });

  it('reads each paragraph number as "Paragraph N" to screen readers', async () => {
    const page = await newPage(browser());
    await page.goto(inject('siteUrls')[name] + article.route);
    await expect.poll(() => page.getByRole('link', { name: 'Paragraph 3', exact: true }).count()).toBe(1);
    await page.close();
  });
});

describe('printing an article', () => {
  it('drops the navigation chrome and keeps the paragraph numbers', async () => {
    const page = await newPage(browser());
    await page.goto(inject('siteUrls').root + article.route);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.pager').isVisible()).toBe(false);
    expect(await page.locator('.skip-link').isVisible()).toBe(false);
    expect(await page.locator('#p1 .pnum').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });
});
