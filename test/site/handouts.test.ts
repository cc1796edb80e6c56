import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const out = mkdtempSync(join(tmpdir(), 'gloss-handouts-test-'));
let result: ReturnType<typeof spawnSync>;

interface Pdf {
  /** Each page's text, lines as printed. */
  pages: string[];
  /** Each page's width and height, in points. */
  sizes: [number, number][];
}

/** A handout read back with pdf.js (unpdf): no system package needed. */
async function readPdf(path: string): Promise<Pdf> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { text } = await extractText(pdf, { mergePages: false });
  const sizes: [number, number][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(n)).view as [number, number, number, number];
    sizes.push([Math.round(x1 - x0), Math.round(y1 - y0)]);
  }
  return { pages: text, sizes };
}
const textOf = async (edition: string, file: string) => (await readPdf(join(out, edition, file))).pages.join('\n');

// The bundled content as a US school would set it up (en-US): the handouts come out on Letter.
const content = join(out, 'content');

beforeAll(() => {
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const siteFile = join(content, 'site.yaml');
  writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^language: en$/m, 'language: en-US'));
  result = spawnSync(join(projectRoot, 'node_modules/node/bin/node'), [join(projectRoot, 'src/cli/handouts.ts'), '--out', join(out, 'pdf')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, GLOSS_CONTENT_DIR: content },
  });
}, 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const VOA = 'article-syria-truce-in-peril-as-russia-us-tensions-rise.pdf';
const UNIT = 'unit-september-2016-syria-cease-fire.pdf';
const STUDENT = 'pdf/student';
const TEACHER = 'pdf/teacher';
const SET_TITLE = 'The September 2016 Syria cease-fire';

describe('npm run handouts', () => {
  it('prints every article and unit in a student and a teacher edition', () => {
    expect(result.status, String(result.stderr)).toBe(0);
    expect(String(result.stdout)).toContain('student: 3 handouts (Letter)');
    for (const edition of [STUDENT, TEACHER]) for (const file of [VOA, UNIT]) expect(existsSync(join(out, edition, file))).toBe(true);
  });

  it('prints on Letter for an en-US site (8.5 × 11 in, 612 × 792 pt), every page', async () => {
    for (const file of [VOA, UNIT]) {
      const { sizes } = await readPdf(join(out, STUDENT, file));
      expect(sizes.length).toBeGreaterThan(1);
      for (const size of sizes) expect(size).toEqual([612, 792]);
    }
  });

  it('a student handout keeps paragraph numbers, turns glossary terms into numbered endnotes, and leaves room for the questions', async () => {
    const text = await textOf(STUDENT, VOA);
    // pdf.js reads the margin number after its paragraph's lines.
    expect(text).toMatch(/\nThe Russian defense ministry\d+ said[^]*?to address the strikes\.\n3\n/);
    expect(text).toMatch(/Ambassador Samantha Power\d+ said/);
    expect(text).toContain('Notes: people, groups and places');
    expect(text).toMatch(/\d+\. Samantha Power: U\.S\. Ambassador to the United Nations since 2013/);
    expect(text).toContain('Find the evidence');
    expect(text).toContain('what event raised tensions between the United States');
    expect(text).not.toContain('Answer:');
    expect(text).not.toMatch(/More about|Cite this article|Search|Print handout/);
  });

  it('the teacher’s edition adds the answer keys', async () => {
    const text = await textOf(TEACHER, VOA);
    expect(text).toContain('Answer:');
    expect(text.replace(/\s+/g, ' ')).toContain('The Russian defense ministry said U.S. jets killed more than 60 soldiers near Deir al-Zor');
    expect(await textOf(TEACHER, UNIT)).toContain('Answer:');
  });

  it('a student handout starts with lines for the student’s name, class and date; the teacher’s key does not', async () => {
    for (const file of [VOA, UNIT]) {
      expect((await textOf(STUDENT, file)).slice(0, 200)).toMatch(/Name\s+Class\s+Date/);
      expect(await textOf(TEACHER, file)).not.toMatch(/Name\s+Class\s+Date/);
    }
  });

  it('prints the set’s title once, where the unit is named like the set', async () => {
    for (const edition of [STUDENT, TEACHER]) {
      for (const file of [VOA, UNIT]) expect((await textOf(edition, file)).replace(/\s+/g, ' ').split(SET_TITLE).length - 1, `${edition}/${file}`).toBe(1);
    }
  });

  it('says nothing on paper about tapping names', async () => {
    for (const file of [VOA, UNIT]) expect(await textOf(STUDENT, file)).not.toMatch(/\btap\b/i);
  });

  it('an article in a unit starts with the unit’s header and its place in the unit', async () => {
    const text = (await textOf(STUDENT, VOA)).replace(/\s+/g, ' ');
    expect(text).toMatch(/Unit · 2 articles The September 2016 Syria cease-fire .* Text 1 of 2 Syria Truce in Peril as Russia-US Tensions Rise/);
  });

  it('a unit handout has the unit header, its objectives and every article’s questions', async () => {
    const text = (await textOf(STUDENT, UNIT)).replace(/\s+/g, ' ');
    expect(text).toContain(SET_TITLE);
    expect(text).toMatch(/TEXT 1 Syria Truce in Peril as Russia-US Tensions Rise/i);
    expect(text).toMatch(/TEXT 2 Washington Scrambles to Save Syria Cease-Fire/i);
    expect(text).toContain('Compare Text 1 ¶4–5 with Text 2 ¶14–15.');
    expect(text).toContain('Cite evidence from the text, by paragraph');
    expect(text).not.toContain('Compare the sources');
    expect(text).toContain('Why did Bassma Kodmani say the cease-fire had “no value”');
    expect(text).not.toContain('Answer:');
  });

  it('keeps each text’s heading on the page of its first question', async () => {
    const { pages } = await readPdf(join(out, STUDENT, UNIT));
    for (const [label, firstQuestion] of [
      ['TEXT 1', 'According to ¶2–3'],
      ['TEXT 2', 'What reason did the Syrian military give'],
    ] as const) {
      const page = pages.findIndex((text) => text.includes(label));
      expect(page, label).toBeGreaterThanOrEqual(0);
      expect(pages[page]!.replace(/\s+/g, ' '), label).toContain(firstQuestion);
    }
  });
});
