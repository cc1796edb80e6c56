import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const PDFTOTEXT = '/usr/bin/pdftotext';
const out = mkdtempSync(join(tmpdir(), 'gloss-handouts-test-'));
let result: ReturnType<typeof spawnSync>;

/** The text of a PDF, laid out as printed (poppler's pdftotext). */
function pdfText(path: string): string {
  if (!existsSync(PDFTOTEXT)) throw new Error('pdftotext was not found: the handout tests read PDFs with it. Install it with `sudo apt-get install poppler-utils`.');
  return execFileSync(PDFTOTEXT, ['-layout', path, '-'], { encoding: 'utf8' });
}

beforeAll(() => {
  result = spawnSync(join(projectRoot, 'node_modules/node/bin/node'), [join(projectRoot, 'src/cli/handouts.ts'), '--out', out], { cwd: projectRoot, encoding: 'utf8' });
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const VOA = 'article-syria-truce-in-peril-as-russia-us-tensions-rise.pdf';
const UNIT = 'unit-september-2016-syria-cease-fire.pdf';

describe('npm run handouts', () => {
  it('prints every article and unit in a student and a teacher edition', () => {
    expect(result.status, String(result.stderr)).toBe(0);
    expect(String(result.stdout)).toContain('student: 3 handouts');
    for (const edition of ['student', 'teacher']) for (const file of [VOA, UNIT]) expect(existsSync(join(out, edition, file))).toBe(true);
  });

  it('a student handout keeps paragraph numbers, turns glossary terms into numbered endnotes, and leaves room for the questions', () => {
    const text = pdfText(join(out, 'student', VOA));
    expect(text).toMatch(/^\s*3\s+The Russian defense ministry\d+ said/m);
    expect(text).toMatch(/Ambassador Samantha Power\d+ said/);
    expect(text).toContain('Notes: people, groups and places');
    expect(text).toMatch(/\d+\. Samantha Power: U\.S\. Ambassador to the United Nations since 2013/);
    expect(text).toContain('Find the evidence');
    expect(text).toContain('what event raised tensions between the United States');
    expect(text).not.toContain('Answer:');
    expect(text).not.toMatch(/More about|Cite this article|Search/);
  });

  it('the teacher’s edition adds the answer keys', () => {
    const text = pdfText(join(out, 'teacher', VOA));
    expect(text).toContain('Answer:');
    expect(text.replace(/\s+/g, ' ')).toContain('The Russian defense ministry said U.S. jets killed more than 60 soldiers near Deir al-Zor');
    expect(pdfText(join(out, 'teacher', UNIT))).toContain('Answer:');
  });

  it('every handout starts with lines for the student’s name, class and date', () => {
    for (const file of [VOA, UNIT]) expect(pdfText(join(out, 'student', file)).slice(0, 200)).toMatch(/Name\s+Class\s+Date/);
  });

  it('an article in a unit starts with the unit’s header and its place in the unit', () => {
    const text = pdfText(join(out, 'student', VOA)).replace(/\s+/g, ' ');
    expect(text).toMatch(/Unit · 2 articles The September 2016 Syria cease-fire .* Text 1 of 2 in The September 2016 Syria cease-fire Syria Truce in Peril as Russia-US Tensions Rise/);
  });

  it('a unit handout has the unit header, its objectives and every article’s questions', () => {
    const text = pdfText(join(out, 'student', UNIT)).replace(/\s+/g, ' ');
    expect(text).toContain('The September 2016 Syria cease-fire');
    expect(text).toMatch(/TEXT 1 Syria Truce in Peril as Russia-US Tensions Rise/i);
    expect(text).toMatch(/TEXT 2 Washington Scrambles to Save Syria Cease-Fire/i);
    expect(text).toContain('Compare Text 1 ¶4–5 with Text 2 ¶14–15.');
    expect(text).toContain('Cite evidence from the text, by paragraph');
    expect(text).not.toContain('Compare the sources');
    expect(text).toContain('Why did Bassma Kodmani say the cease-fire had “no value”');
    expect(text).not.toContain('Answer:');
  });
});
