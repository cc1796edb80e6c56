import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { outputRoot, projectRoot } from '../support/paths.ts';
import { serveStatic } from '../../src/cli/static-server.ts';

const work = `${outputRoot}bad-input/`;

/** A content folder holding the bundled site settings and the given articles (and glossary entries). */
function contentWith(name: string, articles: Record<string, string>, glossary: Record<string, string> = {}): string {
  const dir = `${work}${name}/content/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}articles`, { recursive: true });
  mkdirSync(`${dir}glossary`, { recursive: true });
  cpSync(`${projectRoot}content/site.yaml`, `${dir}site.yaml`);
  for (const [file, text] of Object.entries(articles)) writeFileSync(`${dir}articles/${file}`, text);
  for (const [file, text] of Object.entries(glossary)) writeFileSync(`${dir}glossary/${file}`, text);
  return dir;
}

const good = `---\ntitle: A good article\nsource: Test Outlet\npublished: 2016-09-18\n---\n\nFirst paragraph.\n`;

async function buildFails(name: string, articles: Record<string, string>, glossary?: Record<string, string>) {
  const outDir = `${work}${name}/dist/`;
  const result = await buildSite({ outDir, contentDir: contentWith(name, articles, glossary) });
  return { ...result, wroteSite: existsSync(`${outDir}index.html`) };
}

/**
 * A few builds, for what only a build shows: the loader's messages in Gloss's
 * words (not Astro's), and the content store naming the right folder's file.
 * Every other bad input is a unit test: test/unit/content/content-files.test.ts
 * (the loader reads each file through readContentFile) and
 * test/unit/untrusted-markdown.test.ts (in-page links).
 */
describe('bad input fails the build, naming the file and the field', () => {
  it('an unknown field: names it, and the field it likely meant', async () => {
    const result = await buildFails('unknown-field', { 'bad.md': good.replace('source:', 'authr: Someone\nsource:') });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/articles/bad.md: unknown field "authr" (did you mean "author"?)');
    expect(result.output).not.toContain('Unrecognized key');
    expect(result.wroteSite).toBe(false);
  });

  it("names this content folder's file, after a build from another folder with the same file", async () => {
    const entry = `---\nname: Nowhere Land\nkind: place\nsummary: A place.\nseeAlso: [no-such-entry]\n---\n`;
    const first = await buildFails('folder-a', { 'good.md': good }, { 'nowhere.md': entry });
    expect(first.output).toContain('folder-a/content/glossary/nowhere.md: field "seeAlso": no glossary entry has the id "no-such-entry"');
    const second = await buildFails('folder-b', { 'good.md': good }, { 'nowhere.md': entry });
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('folder-b/content/glossary/nowhere.md: field "seeAlso": no glossary entry has the id "no-such-entry"');
    expect(second.output).not.toContain('folder-a/');
  }, 240_000);
});

describe('raw HTML in an article cannot run script', () => {
  const hostile = [
    '---',
    'title: "<script>window.__xss = \'title\'</script>Hostile"',
    'source: Test Outlet',
    'published: 2016-09-18',
    '---',
    '',
    'Before <script>window.__xss = "inline"</script> after.',
    '',
    '<script>window.__xss = "block"</script>',
    '',
    'An image: <img src="x" onerror="window.__xss = \'img\'"> and a link [click](javascript:window.__xss=\'link\').',
    '',
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    '',
  ].join('\n');

  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    const outDir = `${work}xss/dist/`;
    const result = await buildSite({ outDir, contentDir: contentWith('xss', { 'hostile.md': hostile }) });
    if (result.code !== 0) throw new Error(result.output);
    const server = await serveStatic(outDir);
    url = `${server.url}articles/hostile/`;
    close = server.close;
  });
  afterAll(() => close());

  it('shows the HTML as text and runs none of it', async () => {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('.prose script, .prose img, .prose iframe, h1 script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    const text = await page.locator('.prose').innerText();
    expect(text).toContain('Before <script>window.__xss = "inline"</script> after.');
    expect(text).toContain('<img src="x" onerror="window.__xss = \'img\'">');
    expect(await page.locator('h1').innerText()).toContain("<script>window.__xss = 'title'</script>Hostile");
    await browser.close();
  });
});
