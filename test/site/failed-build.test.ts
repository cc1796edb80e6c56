import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildSiteOrThrow, startBuild } from '../support/build-site.ts';
import { outputRoot, projectRoot } from '../support/paths.ts';

/**
 * The README's promise: bad content stops the build with a message, and the
 * last good dist/ stays exactly as it was, whichever check finds the problem
 * (the content schema, or the checks that run while pages render), and even
 * when the build is killed.
 */
const work = `${outputRoot}failed-build/`;
const outDir = `${work}dist/`;
const VOA = 'syria-truce-in-peril-as-russia-us-tensions-rise';
const UNIT = 'september-2016-syria-cease-fire';

/** The bundled content, with one edit that some check must refuse. */
function contentWith(name: string, edit: (dir: string) => void): string {
  const dir = `${work}${name}/`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(`${projectRoot}content/`, dir, { recursive: true });
  edit(dir);
  return dir;
}

/** Every file under a folder, dot-files included, with a hash of its bytes. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(folder.length)] = createHash('sha1').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** What sits beside the output folder: nothing but the folder itself once a build has ended. */
const besideOutput = () => readdirSync(work).filter((name) => name.startsWith('.dist'));

const BAD_CONTENT: [string, string, (dir: string) => void, RegExp][] = [
  ['a schema error', 'schema', (dir) => writeFileSync(`${dir}articles/no-source.md`, '---\ntitle: No outlet\npublished: 2016-09-18\n---\n\nText.\n'), /articles\/no-source\.md: field "source"/],
  [
    'a seeAlso to an entry that does not exist',
    'see-also',
    (dir) => writeFileSync(`${dir}glossary/zz.md`, '---\nname: Zed Zedson\nkind: person\nsummary: Nobody.\nseeAlso: [no-such-entry]\nsources: ["none"]\n---\n'),
    /glossary\/zz\.md: field "seeAlso": .*no-such-entry/,
  ],
  [
    'two entries claiming one name',
    'alias-conflict',
    (dir) => writeFileSync(`${dir}glossary/kerry-again.md`, '---\nname: John Kerry\nkind: person\nsummary: A second Kerry.\nsources: ["none"]\n---\n'),
    /john-kerry\.md[\s\S]*kerry-again\.md|kerry-again\.md[\s\S]*john-kerry\.md/,
  ],
  [
    'a question citing a paragraph past the end',
    'question-ref',
    (dir) => writeFileSync(`${dir}questions/${VOA}.md`, '---\nevidence:\n  - question: "What does ¶99 say?"\n---\n'),
    /questions\/syria-truce-in-peril-as-russia-us-tensions-rise\.md.*¶99|paragraph 99/,
  ],
  ['a question file for no article', 'orphan-question', (dir) => writeFileSync(`${dir}questions/no-such-article.md`, '---\nevidence:\n  - question: "Why?"\n---\n'), /questions\/no-such-article\.md/],
  [
    'a unit question citing a text past the unit',
    'unit-ref',
    (dir) => writeFileSync(`${dir}units/${UNIT}.md`, readFileSync(`${dir}units/${UNIT}.md`, 'utf8').replace('Compare Text 1 ¶4–5', 'Compare Text 3 ¶4–5')),
    /units\/september-2016-syria-cease-fire\.md.*Text 3/,
  ],
  ['a bad site.yaml', 'site-yaml', (dir) => writeFileSync(`${dir}site.yaml`, 'title: ""\n'), /site\.yaml/],
];

describe('a failed build leaves the last good site as it was', () => {
  let good: Record<string, string> = {};
  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await buildSiteOrThrow({ outDir, contentDir: contentWith('good', () => {}) });
    good = snapshot(outDir);
  });

  it('the good build has the site and nothing of the content store', () => {
    expect(good['index.html']).toBeDefined();
    expect(Object.keys(good).filter((path) => path.startsWith('.'))).toEqual([]);
  });

  it.each(BAD_CONTENT)('%s: the message alone, no stack trace, dist/ untouched', async (_label, name, edit, message) => {
    const result = await buildSite({ outDir, contentDir: contentWith(name, edit) });
    expect(result.code, result.output).toBe(1);
    expect(result.output).toMatch(message);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.output).toContain('unchanged');
    expect(snapshot(outDir)).toEqual(good);
    expect(besideOutput()).toEqual([]);
  }, 120_000);

  it('a build killed while it renders leaves the last good site, and the next build succeeds', async () => {
    const child = startBuild({ outDir, contentDir: `${work}good/` });
    // Kill it once it has written pages into its staging folder.
    await new Promise<void>((resolve, reject) => {
      child.on('exit', () => reject(new Error('the build ended before it could be killed')));
      const timer = setInterval(() => {
        if (existsSync(`${work}.dist.building/articles`)) {
          clearInterval(timer);
          child.removeAllListeners('exit');
          child.kill('SIGKILL');
          child.on('exit', () => resolve());
        }
      }, 20);
    });
    expect(snapshot(outDir)).toEqual(good);
    await buildSiteOrThrow({ outDir, contentDir: `${work}good/` });
    expect(snapshot(outDir)['index.html']).toBeDefined();
    expect(besideOutput()).toEqual([]);
  }, 240_000);
});
