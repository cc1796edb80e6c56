import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attributeValues, unzipAll, xpath } from './xml-tools.ts';

const CLI = fileURLToPath(new URL('../../../../src/cli/export.ts', import.meta.url));
const SITE = 'https://school.example/gloss/';

let dir: string;
const path = (...parts: string[]) => join(dir, ...parts);
const put = (file: string, content: string) => {
  mkdirSync(join(path(file), '..'), { recursive: true });
  writeFileSync(path(file), content);
};

const article = (title: string) => `---\ntitle: "${title}"\nsource: Test Outlet\npublished: 2016-09-18\n---\n\nFirst paragraph of ${title}.\n\nSecond paragraph.\n\nThird paragraph.\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-export-'));
  put('content/site.yaml', 'title: Test set\nlanguage: en\n');
  put('content/articles/truce.md', article('Truce'));
  put('content/articles/scramble.md', article('Scramble'));
  put('content/questions/truce.md', '---\nevidence:\n  - question: "What happened (¶2)?"\n    answer: "The key for the teacher only."\n---\n');
  put('content/units/cease-fire.md', '---\ntitle: Cease-fire\narticles: [truce, scramble]\nevidence:\n  - question: "Compare Text 1 ¶1 and Text 2 ¶3."\n---\n\nRead Text 1 first.\n');
  put('content/units/quiet.md', '---\ntitle: A quiet unit\narticles: [scramble]\n---\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function exportCli(args: string[], env: Record<string, string | undefined> = { GLOSS_SITE: SITE }) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    env: { ...process.env, GLOSS_SITE: undefined, GLOSS_BASE: undefined, GLOSS_CONTENT_DIR: path('content'), ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run export', () => {
  it('writes one cartridge per unit into dist-export/', () => {
    const run = exportCli([]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(path('dist-export/cease-fire.imscc'))).toBe(true);
    expect(existsSync(path('dist-export/quiet.imscc'))).toBe(true);
    const files = unzipAll(readFileSync(path('dist-export/cease-fire.imscc')));
    const qti = files.get('questions/assessment.xml')!.toString('utf8');
    expect(attributeValues(qti, "//*[local-name()='item']/@ident")).toEqual(['text-1-evidence-1', 'unit-evidence-1']);
    expect(files.get('web_resources/instructions.html')!.toString('utf8')).toContain('<p>Read Text 1 first.</p>');
  });

  it('exports a unit with no questions, without an assessment', () => {
    expect(exportCli(['quiet']).status).toBe(0);
    const files = unzipAll(readFileSync(path('dist-export/quiet.imscc')));
    expect([...files.keys()].filter((name) => name.startsWith('questions/'))).toEqual([]);
    expect(existsSync(path('dist-export/cease-fire.imscc'))).toBe(false);
  });

  it('gives the same bytes twice', () => {
    exportCli(['cease-fire', '--out', 'a']);
    exportCli(['cease-fire', '--out', 'b']);
    expect(readFileSync(path('a/cease-fire.imscc')).equals(readFileSync(path('b/cease-fire.imscc')))).toBe(true);
  });

  it('takes --site instead of GLOSS_SITE, and refuses to run without either', () => {
    const missing = exportCli([], {});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No site address: set GLOSS_SITE \(or pass --site\)/u);
    expect(exportCli(['--site', 'ftp://school.example/']).stderr).toMatch(/not an http:\/\/ or https:\/\/ address/u);
    expect(exportCli(['--site', SITE], {}).status).toBe(0);
  });

  it('names the known units when asked for an unknown one', () => {
    const run = exportCli(['cease-fir']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No unit has the id "cease-fir": the units are: cease-fire, quiet');
  });

  it('refuses a mistyped flag', () => {
    const run = exportCli(['--sight', SITE]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--sight'/u);
    expect(run.stderr).toContain('usage: npm run export');
  });

  it('reports bad content by file and field, as the build does', () => {
    put('content/units/cease-fire.md', '---\ntitle: Cease-fire\narticles: [truce]\nevidence:\n  - question: "What does ¶9 say?"\n---\n');
    expect(exportCli([]).stderr).toContain('content/units/cease-fire.md: field "evidence.0.question": ¶9 does not exist: the article has 3 paragraphs');
    put('content/units/cease-fire.md', '---\ntitle: Cease-fire\narticles: [truce, nowhere]\n---\n');
    expect(exportCli([]).stderr).toContain('content/units/cease-fire.md: field "articles.1": no article has the id "nowhere"');
    put('content/units/cease-fire.md', '---\ntitel: Cease-fire\narticles: [truce]\n---\n');
    expect(exportCli([]).stderr).toMatch(/content\/units\/cease-fire\.md: .*unknown field "titel" \(did you mean "title"\?\)/u);
  });

  it('packs the student handouts that npm run handouts made, and the teacher’s only when asked, for the teacher only', () => {
    put('handouts/student/unit-cease-fire.pdf', '%PDF student unit');
    put('handouts/student/article-truce.pdf', '%PDF student truce');
    put('handouts/teacher/unit-cease-fire.pdf', '%PDF teacher: The key for the teacher only.');
    let files = (exportCli(['cease-fire']), unzipAll(readFileSync(path('dist-export/cease-fire.imscc'))));
    expect([...files.keys()].filter((name) => name.endsWith('.pdf'))).toEqual(['web_resources/handouts/unit-cease-fire.pdf', 'web_resources/handouts/article-truce.pdf']);

    exportCli(['cease-fire', '--teacher-handouts']);
    files = unzipAll(readFileSync(path('dist-export/cease-fire.imscc')));
    expect(files.get('teacher/unit-cease-fire.pdf')!.toString('utf8')).toBe('%PDF teacher: The key for the teacher only.');
    const manifest = files.get('imsmanifest.xml')!.toString('utf8');
    expect(xpath(manifest, "string(//*[local-name()='resource'][*[local-name()='file']/@href='teacher/unit-cease-fire.pdf']//*[local-name()='value'])")).toBe('Instructor');
  });
});
