/**
 * `npm run export`: each unit as an IMS Common Cartridge 1.1 (`<unit>.imscc`)
 * for Canvas, Moodle or Schoology: its instructions, links to its pages on
 * the deployed site, its questions as a QTI 1.2 assessment (answer keys only
 * in the feedback the LMS shows after grading) and the student handouts that
 * `npm run handouts` made. See the README's "Hand a unit to your LMS".
 *   GLOSS_SITE=https://school.example [GLOSS_BASE=/guide/] npm run export [-- <unit id>…] [--site <url>] [--out <folder>] [--handouts <folder>] [--teacher-handouts]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unitCartridge, type HandoutFile } from '../lib/classroom/export/cartridge.ts';
import { readExportContent } from '../lib/classroom/export/read-units.ts';
import { siteUrls } from '../lib/classroom/export/site-urls.ts';
import { readEnvironment, readSiteFile } from '../lib/settings.ts';
import { renderProse } from '../render/index.ts';

const USAGE = 'usage: npm run export -- [<unit id>…] [--site <url>] [--out <folder>] [--handouts <folder>] [--teacher-handouts]';

/** The handout PDFs of a unit in one edition's folder, those that exist: the unit's, then its articles'. */
function handoutsIn(folder: string, unitId: string, articleIds: readonly string[]): HandoutFile[] {
  return [`unit-${unitId}.pdf`, ...articleIds.map((id) => `article-${id}.pdf`)]
    .filter((name) => existsSync(join(folder, name)))
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}

async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      site: { type: 'string' },
      out: { type: 'string', default: 'dist-export' },
      handouts: { type: 'string', default: 'handouts' },
      'teacher-handouts': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const environment = readEnvironment();
  const site = siteUrls(values.site ?? environment.siteUrl, environment.base);
  const settings = readSiteFile(environment.contentDir);
  const content = readExportContent(resolve(environment.contentDir));
  const known = content.units.map((unit) => unit.id);
  const unknown = positionals.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const list = known.length > 0 ? `the units are: ${[...known].sort().join(', ')}` : 'there are no units (content/units/ is empty)';
    throw new Error(`No unit has the id ${unknown.map((id) => `"${id}"`).join(', ')}: ${list}`);
  }
  const units = positionals.length > 0 ? content.units.filter((unit) => positionals.includes(unit.id)) : content.units;
  if (units.length === 0) {
    console.log('No units to export: add one to content/units/.');
    return;
  }

  const out = resolve(values.out);
  const handouts = resolve(values.handouts);
  mkdirSync(out, { recursive: true });
  for (const unit of units) {
    const articles = unit.data.articles.map((id) => ({ id, title: content.articles.get(id)!.data.title, questions: content.questions.get(id) }));
    const studentHandouts = handoutsIn(join(handouts, 'student'), unit.id, unit.data.articles);
    const teacherHandouts = values['teacher-handouts'] ? handoutsIn(join(handouts, 'teacher'), unit.id, unit.data.articles) : [];
    const bytes = unitCartridge({
      unit,
      instructionsHtml: renderProse(unit.body, environment.markdown),
      articles,
      site,
      language: settings.language,
      studentHandouts,
      teacherHandouts,
    });
    const file = join(out, `${unit.id}.imscc`);
    writeFileSync(file, bytes);
    const questionCount = [unit.data, ...articles.map((article) => article.questions)].reduce((sum, q) => sum + (q ? q.evidence.length + q.discussion.length : 0), 0);
    const pdfs = studentHandouts.length + teacherHandouts.length;
    console.log(`${relative(process.cwd(), file) || file}: ${questionCount} questions, ${articles.length} articles linked, ${pdfs} handout PDFs${pdfs === 0 ? ' (run npm run handouts first to include them)' : ''}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `${message}\n${USAGE}` : message);
  process.exitCode = 1;
});
