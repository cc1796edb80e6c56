import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { BUILDS, outputRoot, projectRoot } from '../support/paths.ts';

const work = `${outputRoot}settings-build/`;
const ARTICLE = 'articles/syria-truce-in-peril-as-russia-us-tensions-rise/index.html';
const GLOSSARY_ENTRY = 'glossary/john-kerry/index.html';

/** The body paragraphs of an article page, as HTML. */
const paragraphsOf = (html: string) => [...html.matchAll(/<p id="p\d+">[\s\S]*?<\/p>/gu)].map(([paragraph]) => paragraph);
const textOf = (html: string) => html.replace(/<[^>]*>/gu, '').replace(/\s+/gu, ' ').trim();
const termsIn = (html: string) => [...html.matchAll(/class="term" data-entity="([^"]+)"/gu)].map((match) => match[1]!);

/**
 * The bundled content built with the settings that are not the default:
 * `glossaryLinks: first-per-article` in site.yaml and GLOSS_MARKDOWN=unified.
 * The default build (test/.output/site/) is the reference: the same words, fewer terms.
 */
describe('a build with glossaryLinks: first-per-article and GLOSS_MARKDOWN=unified', () => {
  const outDir = `${work}dist/`;
  const read = (dir: string, file: string) => readFileSync(`${dir}${file}`, 'utf8');

  beforeAll(async () => {
    const content = `${work}content/`;
    rmSync(work, { recursive: true, force: true });
    cpSync(`${projectRoot}content/`, content, { recursive: true });
    writeFileSync(`${content}site.yaml`, `${readFileSync(`${content}site.yaml`, 'utf8')}glossaryLinks: first-per-article\n`);
    await buildSiteOrThrow({ outDir, contentDir: content, env: { GLOSS_MARKDOWN: 'unified' } });
  }, 240_000);

  it('makes each entity a term once in the article body, where the default makes it one per paragraph', () => {
    const terms = termsIn(paragraphsOf(read(outDir, ARTICLE)).join(''));
    const defaultTerms = termsIn(paragraphsOf(read(BUILDS.root.outDir, ARTICLE)).join(''));
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(terms).size).toBe(terms.length);
    expect(new Set(terms)).toEqual(new Set(defaultTerms));
    expect(terms.length).toBeLessThan(defaultTerms.length);
  });

  it('keeps every word of the article and of the glossary entry, rendered by remark and rehype', () => {
    expect(paragraphsOf(read(outDir, ARTICLE)).map(textOf)).toEqual(paragraphsOf(read(BUILDS.root.outDir, ARTICLE)).map(textOf));
    expect(textOf(read(outDir, GLOSSARY_ENTRY))).toBe(textOf(read(BUILDS.root.outDir, GLOSSARY_ENTRY)));
  });
});
