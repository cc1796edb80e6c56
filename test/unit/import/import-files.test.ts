import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles, type BatchOptions } from '../../../src/lib/import/import-files.ts';
import { inputFiles } from '../../../src/lib/import/input-files.ts';
import { slugify, uniqueSlug } from '../../../src/lib/import/slug.ts';
import { createArticleRenderer } from '../../../src/render/article.ts';

const render = createArticleRenderer('satteri');
const renderParagraphs = (body: string) => render({ body, captions: [] }).paragraphs;

const ARTICLE = (title: string, paragraph = 'Kerry met Lavrov in Geneva on Friday to discuss the cease-fire in Syria.') =>
  `${title}\n\n${paragraph}\n\nA second paragraph, so that the text has a body.\n`;

let dir: string;
let inbox: string;
let articles: string;
let options: BatchOptions;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-import-'));
  inbox = join(dir, 'inbox');
  articles = join(dir, 'content', 'articles');
  mkdirSync(inbox);
  options = { articlesDir: articles, renderParagraphs, source: 'Test Outlet', published: '2016-09-19', root: dir };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, content: string | Uint8Array) => {
  writeFileSync(join(inbox, name), content);
  return join(inbox, name);
};
const written = () => readdirSync(articles).sort();

describe('bad input', () => {
  it('fails each bad file with a clear error, imports the others, and writes nothing for the bad ones', () => {
    const files = [
      put('a-good.txt', ARTICLE('Truce in Peril')),
      put('b-empty.txt', ''),
      put('c-blank.txt', ' \n\t\n'),
      put('d-binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])),
      put('e-latin1.txt', Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, 0x0a])),
      put('f-utf16.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00])),
      put('g-no-paragraphs.txt', 'A Title Alone\n\nTrending Now\nBy Taboola\n'),
      put('h-good.txt', ARTICLE('Aid Convoy Hit')),
    ];
    const reports = importFiles(files, options);
    expect(reports.map(({ outcome, error }) => error?.message ?? outcome)).toEqual([
      'written',
      'inbox/b-empty.txt: empty file',
      'inbox/c-blank.txt: empty file (only whitespace)',
      'inbox/d-binary.txt: binary file (it contains NUL bytes), not pasted text',
      'inbox/e-latin1.txt: not UTF-8 text (first bad byte on line 1): save the file as UTF-8 and import it again',
      'inbox/f-utf16.txt: UTF-16 text: save the file as UTF-8 and import it again',
      expect.stringMatching(/^inbox\/g-no-paragraphs\.txt: no paragraphs/),
      'written',
    ]);
    expect(written()).toEqual(['aid-convoy-hit.md', 'truce-in-peril.md']); // and no temporary files
  });

  it('names the field when the text cannot give a required one', () => {
    const [report] = importFiles([put('x.txt', ARTICLE('No Outlet Here'))], { ...options, source: undefined });
    expect(report?.error?.field).toBe('source');
    expect(report?.error?.message).toMatch(/^inbox\/x\.txt: field "source": no outlet in the text .*--source/);
  });
});

describe('--dry-run and --force', () => {
  it('a dry run reports what it would write and writes nothing', () => {
    const reports = importFiles([put('a.txt', ARTICLE('Truce in Peril'))], { ...options, dryRun: true });
    expect(reports[0]).toMatchObject({ outcome: 'written', target: 'content/articles/truce-in-peril.md' });
    expect(() => readdirSync(articles)).toThrow(/ENOENT/);
  });

  it('never replaces an article without --force, leaves an identical one alone, and replaces with --force', () => {
    const file = put('a.txt', ARTICLE('Truce in Peril'));
    expect(importFiles([file], options)[0]?.outcome).toBe('written');
    expect(importFiles([file], options)[0]?.outcome).toBe('unchanged');

    put('a.txt', ARTICLE('Truce in Peril', 'An edited first paragraph, which now differs from the article on disk.'));
    const refused = importFiles([file], options)[0];
    expect(refused?.outcome).toBe('failed');
    expect(refused?.error?.message).toBe('inbox/a.txt: content/articles/truce-in-peril.md holds this article as imported before, with other content: pass --force to replace it');
    expect(readFileSync(join(articles, 'truce-in-peril.md'), 'utf8')).toContain('Kerry met Lavrov');
    expect(importFiles([file], { ...options, dryRun: true, force: true })[0]?.outcome).toBe('replaced');
    expect(readFileSync(join(articles, 'truce-in-peril.md'), 'utf8')).toContain('Kerry met Lavrov');

    expect(importFiles([file], { ...options, force: true })[0]?.outcome).toBe('replaced');
    expect(readFileSync(join(articles, 'truce-in-peril.md'), 'utf8')).toContain('An edited first paragraph');
    expect(written()).toEqual(['truce-in-peril.md']);
  });

  it('know a copy that differs only in whitespace or punctuation for the same article', () => {
    const copy = ARTICLE('Truce in Peril').replace(/, /gu, ' ,  ').replace(/\./gu, '!');
    const reports = importFiles([put('1.txt', ARTICLE('Truce in Peril')), put('2.txt', copy)], options);
    expect(reports.map(({ outcome, duplicateOf }) => [outcome, duplicateOf])).toEqual([
      ['written', undefined],
      ['duplicate', 'inbox/1.txt'],
    ]);
  });
});

describe('slugs', () => {
  it('come from the title, as the content loader accepts them', () => {
    expect(slugify('Syria Truce in Peril as Russia-US Tensions Rise')).toBe('syria-truce-in-peril-as-russia-us-tensions-rise');
    expect(slugify('Syria’s “Truce”: Kerry & Lavrov — Deir ez-Zôr')).toBe('syrias-truce-kerry-lavrov-deir-ez-zor');
    expect(slugify('سوريا')).toBe('');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('are unique within a run: a second article with the same title gets "-2"', () => {
    expect(uniqueSlug('x', (slug) => ['x', 'x-2'].includes(slug))).toBe('x-3');
    const reports = importFiles([put('1.txt', ARTICLE('Truce in Peril')), put('2.txt', ARTICLE('Truce in Peril', 'A different story with the same headline, on another day.'))], options);
    expect(reports.map(({ slug }) => slug)).toEqual(['truce-in-peril', 'truce-in-peril-2']);
    expect(written()).toEqual(['truce-in-peril-2.md', 'truce-in-peril.md']);
    // Re-running the same folder is harmless: same slugs, nothing changed.
    expect(importFiles([join(inbox, '1.txt'), join(inbox, '2.txt')], options).map(({ outcome }) => outcome)).toEqual(['unchanged', 'unchanged']);
  });

  it('are not spent on the same paste saved twice: the copy is reported, not imported', () => {
    const reports = importFiles([put('1.txt', ARTICLE('Truce in Peril')), put('2.txt', ARTICLE('Truce in Peril'))], options);
    expect(reports.map(({ outcome, duplicateOf }) => [outcome, duplicateOf])).toEqual([
      ['written', undefined],
      ['duplicate', 'inbox/1.txt'],
    ]);
    expect(written()).toEqual(['truce-in-peril.md']);
  });

  it('are unique on disk too: another article with the same title, imported later, gets "-2"; the same one with corrected metadata does not', () => {
    importFiles([put('1.txt', ARTICLE('Truce in Peril'))], options);
    const corrected = importFiles([join(inbox, '1.txt')], { ...options, published: '2016-09-18' })[0];
    expect(corrected?.error?.message).toMatch(/truce-in-peril\.md holds this article as imported before.*--force/);

    const other = importFiles([put('2.txt', ARTICLE('Truce in Peril', 'Another outlet’s story under the same headline.'))], { ...options, source: 'Other Outlet' })[0];
    expect(other).toMatchObject({ outcome: 'written', slug: 'truce-in-peril-2', sharesTitleWith: 'content/articles/truce-in-peril.md' });
    expect(written()).toEqual(['truce-in-peril-2.md', 'truce-in-peril.md']);
  });

  it('fall back to the file name for a title with no Latin letters or digits', () => {
    const [report] = importFiles([put('aleppo-report.txt', ARTICLE('حلب'))], options);
    expect(report?.slug).toBe('aleppo-report');
  });
});

describe('input folders', () => {
  it('take a folder’s .txt files in name order, and say what names nothing', () => {
    put('b.txt', 'x');
    put('a.TXT', 'x');
    put('.hidden.txt', 'x');
    put('notes.md', 'x');
    mkdirSync(join(inbox, 'sub'));
    const { files, problems } = inputFiles([inbox, join(dir, 'missing'), join(inbox, 'sub')]);
    expect(files).toEqual([join(inbox, 'a.TXT'), join(inbox, 'b.txt')]);
    expect(problems.map(({ message }) => message)).toEqual([`${join(dir, 'missing')}: no such file or folder`, `${join(inbox, 'sub')}: no .txt, .html or .htm files in this folder`]);
  });
});

describe('npm run import (the command)', () => {
  const node = resolve('node_modules/node/bin/node');
  const run = (...args: string[]) =>
    spawnSync(node, [resolve('src/cli/import.ts'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GLOSS_CONTENT_DIR: join(dir, 'content') } });

  it('exits non-zero when a file fails, after importing the rest, and suggests glossary entries', () => {
    put('good.txt', ARTICLE('Truce in Peril'));
    put('empty.txt', '');
    const result = run('--source', 'Test Outlet', '--published', '2016-09-19', 'inbox');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ inbox/empty.txt: empty file');
    expect(result.stdout).toContain('inbox/good.txt → content/articles/truce-in-peril.md (written)');
    expect(result.stdout).toMatch(/1 written, 0 replaced, 0 unchanged, 1 failed\./);
    expect(result.stdout).toMatch(/Glossary: \d+ names in the new articles that no entry covers/);
    expect(result.stdout).toMatch(/^\s+1 {2}Lavrov\s+first in truce-in-peril ¶1$/m);
    expect(written()).toEqual(['truce-in-peril.md']);
  });

  it('--dry-run prints the report, writes nothing and exits 0', () => {
    put('good.txt', ARTICLE('Truce in Peril'));
    const result = run('--dry-run', '--source', 'Test Outlet', '--published', '2016-09-19', 'inbox');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('(dry run: nothing is written)');
    expect(result.stdout).toContain('(would be written)');
    expect(result.stdout).toMatch(/source\s+“Test Outlet”\s+from --source/);
    expect(result.stdout).toMatch(/language\s+“en”\s+default/);
    expect(() => readdirSync(articles)).toThrow(/ENOENT/);
  });

  it('exits 2 on a usage error', () => {
    expect(run().status).toBe(2);
    expect(run('--published', '19/09/2016', 'inbox').stderr).toContain('--published: a calendar day as YYYY-MM-DD, such as 2016-09-18; got "19/09/2016"');
    const impossibleDay = run('--published', '2016-02-30', 'inbox');
    expect(impossibleDay.status).toBe(2);
    expect(impossibleDay.stderr).toContain('--published: a calendar day as YYYY-MM-DD, such as 2016-09-18; got "2016-02-30"');
    expect(run('--bogus', 'inbox').status).toBe(2);
  }, 60_000); // four runs of the command: allow for a busy machine
});
