import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security/content-security-policy.ts';
import { newPage, recordPageErrors } from '../support/browser.ts';
import { useBrowser } from '../support/use-browser.ts';

const browser = useBrowser();
const ARTICLE = 'articles/syria-truce-in-peril-as-russia-us-tensions-rise/';

// Every browser test runs under the policy (the test server sends it); these check what it would block.
describe("the site under Gloss's Content-Security-Policy", () => {
  it('is sent by the test server with every page', async () => {
    const page = await newPage(browser());
    const response = await page.goto(inject('siteUrls').root + ARTICLE);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.close();
  });

  it('a printed article numbers its glossary terms as endnotes', async () => {
    const page = await newPage(browser());
    const errors = recordPageErrors(page);
    await page.goto(inject('siteUrls').root + ARTICLE, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    // Note 1 is the first entity the article mentions (in a caption or a paragraph).
    const numbers = await page.locator('article .term').evaluateAll((terms) => terms.map((term) => getComputedStyle(term, '::after').content));
    expect(numbers[0]).toBe('"1"');
    expect(numbers.every((number) => /^"\d+"$/.test(number))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('where WebAssembly may not run, search says so, with no uncaught error', async () => {
    const page = await newPage(browser());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const noWasm = CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '');
    // Every response, the page's and its search worker's: a worker runs under the policy its own script came with.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': noWasm } });
    });
    await page.goto(`${inject('siteUrls').root}search/?q=Kerry`);
    await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/WebAssembly/);
    const status = await page.locator('[data-search-status]').innerText();
    expect(status).not.toMatch(/JavaScript/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
