import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findUnitRefs } from '../../src/lib/classroom/paragraph-refs.ts';
import { parseMarkdownFile } from '../../src/lib/content/frontmatter.ts';
import { ArticleQuestionsSchema, UnitSchema } from '../../src/lib/content/schemas.ts';
import { buildSite } from '../support/build-site.ts';
import { BUILDS, outputRoot, projectRoot } from '../support/paths.ts';
import { sitePages } from '../support/site-files.ts';

const work = `${outputRoot}classroom-build/`;
const VOA_ID = 'syria-truce-in-peril-as-russia-us-tensions-rise';
const FP_ID = 'washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence';

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

describe('a unit’s own questions', () => {
  const UNIT_PAGE = 'units/september-2016-syria-cease-fire/index.html';
  const FP = 'articles/washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence/';
  const VOA = 'articles/syria-truce-in-peril-as-russia-us-tensions-rise/';
  /** The links in the unit page's "Across the articles" section, as [text, href]. */
  function unitQuestionLinks(outDir: string): [string, string][] {
    const html = readFileSync(`${outDir}${UNIT_PAGE}`, 'utf8');
    const section = html.slice(html.indexOf('<section aria-labelledby="unit-questions">'));
    return [...section.matchAll(/<a class="paragraph-ref" href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, text]) => [text!, href!]);
  }

  it.each(Object.entries(BUILDS))('link “Text N ¶n” to that article’s paragraph, under the base (%s build)', (_name, { base, outDir }) => {
    const links = unitQuestionLinks(outDir);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Text 1 ¶4–5', `${base}${VOA}?paragraphs=4-5#p4`],
        ['Text 2 ¶14–15', `${base}${FP}?paragraphs=14-15#p14`],
        ['Text 1, paragraph 9', `${base}${VOA}#p9`],
        ['Text 2', `${base}${FP}`],
        ['Text 2 ¶13', `${base}${FP}#p13`],
      ]),
    );
    // Every reference written in the unit's questions is a link, in order.
    const { data } = parseMarkdownFile(readFileSync(`${projectRoot}content/units/september-2016-syria-cease-fire.md`, 'utf8'), 'unit');
    const unit = UnitSchema.parse(data);
    const written = [...unit.evidence, ...unit.discussion].flatMap(({ question }) => findUnitRefs(question).map((ref) => question.slice(ref.start, ref.end)));
    expect(links.map(([text]) => text)).toEqual(written);
    expect(written.length).toBeGreaterThan(10);
  });

  it('number the unit’s articles, Text 1 and Text 2, in its order', () => {
    const html = readFileSync(`${BUILDS.root.outDir}${UNIT_PAGE}`, 'utf8');
    const titles = [...html.matchAll(/<h3 class="reading-card__title">(.*?)<\/h3>/g)].map(([, inner]) => inner!.replace(/<[^>]*>/g, ''));
    expect(titles).toEqual(['Text 1: Syria Truce in Peril as Russia-US Tensions Rise', 'Text 2: Washington Scrambles to Save Syria Cease-Fire Amid Escalating Violence']);
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
    [
      'a unit question naming a text past the unit’s articles',
      { 'units/text-past-end.md': `---\ntitle: Past the end\narticles: [${VOA_ID}, ${FP_ID}]\nevidence:\n  - question: "Compare Text 1 ¶2 with Text 3 ¶2."\n---\n` },
      'units/text-past-end.md: field "evidence.0.question": Text 3 does not exist: the unit has 2 articles, Text 1 and Text 2',
    ],
    [
      'a unit question citing a paragraph past the end of its text',
      { 'units/paragraph-past-end.md': `---\ntitle: Past the end\narticles: [${VOA_ID}, ${FP_ID}]\ndiscussion:\n  - question: "Why?"\n  - question: "Compare Text 2 ¶22 with Text 1, paragraph 14."\n---\n` },
      'units/paragraph-past-end.md: field "discussion.1.question": Text 1 ¶14 does not exist: Text 1 has 11 paragraphs',
    ],
    [
      'a unit question citing a paragraph without saying which text',
      { 'units/bare-paragraph.md': `---\ntitle: Which text\narticles: [${VOA_ID}, ${FP_ID}]\nevidence:\n  - question: "What does ¶3 say?"\n---\n` },
      'units/bare-paragraph.md: field "evidence.0.question": “¶3” does not say which article: name the text first, as in “Text 1 ¶3”',
    ],
  ])('%s', async (_label, files, message) => {
    const name = Object.keys(files)[0]!.replace(/\W+/g, '-');
    const result = await buildSite({ outDir: `${work}${name}/dist/`, contentDir: contentWith(name, files) });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(message);
  });
});

describe('reading guide', () => {
  it('introduces the people, groups and places most specific to the article (tf-idf against the set), with their summaries, each linked to its entry', () => {
    const html = readFileSync(`${BUILDS.root.outDir}articles/${VOA_ID}/index.html`, 'utf8');
    const list = /<ul class="key-entities"[^>]*>(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    const items = [...list.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> \((\w+)\): ([^<]+)<\/li>/g)].map(([, href, name, kind, summary]) => ({ href, name, kind, summary }));
    // VOA names the United States 8 times and Kerry 7, but so does Foreign Policy: only VOA names Churkin and the
    // Joint Implementation Center (twice each), then Lavrov, Switzerland and the Russian defense ministry (once each, first mentioned first).
    expect(items.map(({ name }) => name)).toEqual(['Vitaly Churkin', 'Joint Implementation Center', 'Sergey Lavrov', 'Switzerland', 'Russian Ministry of Defence']);
    expect(items[0]).toMatchObject({ href: '/glossary/vitaly-churkin/', kind: 'person' });
    expect(items[0]!.summary).toContain("ambassador to the United Nations since 2006");
  });
});

describe('an article in Arabic, in an English site', () => {
  const ARABIC = `---\ntitle: هدنة سوريا في خطر\nsource: Test Outlet\npublished: 2016-09-18\nlanguage: ar\n---\n\nبدا وقف إطلاق النار الهش في سوريا على وشك الانهيار يوم الأحد.\n`;
  let build: Awaited<ReturnType<typeof buildSite>>;
  let html = '';
  beforeAll(async () => {
    const name = 'arabic-article';
    build = await buildSite({ outDir: `${work}${name}/dist/`, contentDir: contentWith(name, { 'articles/arabic-report.md': ARABIC }) });
    html = readFileSync(`${work}${name}/dist/articles/arabic-report/index.html`, 'utf8');
  }, 240_000);

  it('is set right to left, in its own language, inside a left-to-right page', () => {
    expect(build.code, build.output).toBe(0);
    expect(html).toMatch(/<html lang="en" dir="ltr"/);
    expect(html).toMatch(/<article lang="ar" dir="rtl"/);
    // The page's own words in it (byline, length) stay English, left to right.
    expect(html).toMatch(/<p class="meta" lang="en" dir="ltr">[^<]*12 words · 1 min read · 1 paragraph<\/p>/);
  });

  it('gets no reading grade from the English formulas, and says why', () => {
    expect(html).toContain('Not measured: the readability formulas are made for English text.');
    expect(html).not.toMatch(/U\.S\. grade/);
  });

  it('counts one paragraph in the singular', () => {
    expect(html).toMatch(/ · 1 paragraph<\/p>/);
  });

  it('is named in a one-line warning at build time, having no address to cite', () => {
    expect(build.output).toMatch(/articles\/arabic-report\.md: no "url": its citations give no address/);
  });
});
