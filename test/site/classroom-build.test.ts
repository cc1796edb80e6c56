import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { ArticleQuestionsSchema, UnitSchema } from '../../src/lib/content/schemas.ts';
import { buildSite } from '../support/build-site.ts';
import { BUILDS, outputRoot, projectRoot } from '../support/paths.ts';
import { sitePages } from '../support/site-files.ts';

const work = `${outputRoot}classroom-build/`;

/** Every answer in the bundled questions and units. */
function bundledAnswers(): string[] {
  const answers: string[] = [];
  for (const [folder, schema] of [['questions', ArticleQuestionsSchema], ['units', UnitSchema]] as const) {
    for (const file of readdirSync(`${projectRoot}content/${folder}`)) {
      const { data } = parseMarkdownFile(readFileSync(`${projectRoot}content/${folder}/${file}`, 'utf8'), file);
      const parsed = schema.parse(data);
      for (const question of [...parsed.evidence, ...parsed.discussion]) if (question.answer) answers.push(question.answer);
    }
  }
  return answers;
}

describe('answer keys', () => {
  it('never appear on a page of the built site', () => {
    const answers = bundledAnswers();
    expect(answers.length).toBeGreaterThan(5);
    const pages = sitePages(BUILDS.root.outDir);
    // Letters and digits only, without tags or entities, so markup and typography cannot hide a leak.
    const squash = (text: string) => text.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
    const squashedPages = pages.map((page) => ({ file: page.file, text: squash(page.html) }));
    for (const answer of answers) {
      for (const page of squashedPages) expect(page.text.includes(squash(answer)), `${page.file} shows the answer “${answer}”`).toBe(false);
    }
    // The questions themselves are there.
    expect(pages.find((page) => /^units\/[^/]+\/index\.html$/.test(page.file))?.html).toContain('Find the evidence');
  });
});

/** The bundled content, with one file replaced or added. */
function contentWith(name: string, files: Record<string, string>): string {
  const dir = `${work}${name}/content/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(`${projectRoot}content/`, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(`${dir}${file}`, text);
  return dir;
}

describe('bad classroom content fails the build, naming the file and the field', () => {
  it.each([
    [
      'a questions file for no article',
      { 'questions/no-such-article.md': '---\nevidence:\n  - question: "What happened in ¶1?"\n---\n' },
      'questions/no-such-article.md: no article has the id "no-such-article"',
    ],
    [
      'a paragraph reference past the end of the article',
      { 'questions/syria-truce-in-peril-as-russia-us-tensions-rise.md': '---\nevidence:\n  - question: "What does ¶14 say?"\n---\n' },
      'questions/syria-truce-in-peril-as-russia-us-tensions-rise.md: field "evidence.0.question": ¶14 does not exist',
    ],
    [
      'a unit listing an article that does not exist',
      { 'units/broken.md': '---\ntitle: Broken\narticles: [syria-truce-in-peril-as-russia-us-tensions-rise, missing-article]\n---\n' },
      'units/broken.md: field "articles.1": no article has the id "missing-article"',
    ],
  ])('%s', async (_label, files, message) => {
    const name = Object.keys(files)[0]!.replace(/\W+/g, '-');
    const result = await buildSite({ outDir: `${work}${name}/dist/`, contentDir: contentWith(name, files) });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(message);
  });
});
