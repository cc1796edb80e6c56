/**
 * `npm run import -- <files or folders>`: turns articles pasted from news
 * sites (plain text) into content/articles/*.md, reporting for every file
 * what was moved or dropped and which metadata was guessed, then the names in
 * the new articles that no glossary entry covers. Exits 1 if any file failed,
 * 2 on a usage error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { blockLabel } from '../lib/article-body/blocks.ts';
import { readContentFolder } from '../lib/content/read-content.ts';
import { ArticleSchema, GlossaryEntrySchema } from '../lib/content/schemas.ts';
import { validateFields } from '../lib/content/schema-errors.ts';
import type { UncoveredName } from '../lib/glossary/coverage.ts';
import { glossaryMatcherFor } from '../lib/glossary/glossary-names.ts';
import { glossarySuggestions } from '../lib/import/glossary-suggestions.ts';
import { importFiles, type FileReport } from '../lib/import/import-files.ts';
import { fileReport } from '../lib/import/import-report.ts';
import { fetchPage, isAddress } from '../lib/import/fetch-page.ts';
import { addressList, inputFiles } from '../lib/import/input-files.ts';
import { readManifest, type Manifest } from '../lib/import/manifest.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { readEnvironment } from '../lib/settings.ts';
import { createArticleRenderer } from '../render/article.ts';

const USAGE = `Usage: npm run import -- [options] <files, folders or addresses>

Turns news articles into content/articles/*.md: pasted text (UTF-8: the title
on the first line, then the text; "Source:", "Published:", "URL:" and "Author:"
lines may come first), web pages saved from a browser (.html, .htm), and
addresses (https://…), fetched. A folder contributes its .txt, .html and .htm
files; a .txt file holding only addresses, one a line, imports each of them.

  --source <outlet>        the outlet, if the text does not show it
  --author <name>          the author
  --published <yyyy-mm-dd> the publication date, if the text does not show it
  --url <address>          where it was published
  --language <tag>         the text's language (default: the page's, or en)
  --manifest <file>        each file's source, published, author and url (CSV or YAML)
  --no-dek                 never read the line after the title as a subtitle
  --keep-junk              cut nothing from the edges of paragraphs (date stamps, tags, share lines…)
  --dry-run                print the report, write nothing
  --force                  replace an article imported before whose text or metadata changed
  --quiet                  report only failures and the totals
Flags apply to every file imported in the run; a manifest gives each its own.`;

/** How many uncovered names to list; \`npm run glossary:check\` lists all once the articles are in. */
const SHOWN_NAMES = 25;
/** Folders this big get a progress line. */
const PROGRESS_FROM = 50;

class UsageError extends Error {}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      author: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      language: { type: 'string' },
      manifest: { type: 'string' },
      'no-dek': { type: 'boolean', default: false },
      'keep-junk': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  // The article schema's own checks, so that a flag is refused exactly when the build would refuse the file.
  for (const flag of ['published', 'url', 'language'] as const) {
    const value = values[flag];
    if (value === undefined) continue;
    try {
      validateFields(ArticleSchema.shape[flag], value, `--${flag}`);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  for (const flag of ['source', 'author'] as const) {
    if (values[flag] !== undefined && values[flag].trim() === '') throw new UsageError(`--${flag} must not be empty`);
  }
  return { values, positionals };
}

/** A progress line on stderr for big runs, redrawn in place on a terminal, a line per tenth otherwise. */
function progress(total: number) {
  const tty = process.stderr.isTTY;
  const step = Math.max(1, Math.round(total / (tty ? 100 : 10)));
  return {
    clear: () => tty && process.stderr.write('\r\x1b[K'),
    show: (done: number) => {
      if (done % step !== 0 && done !== total) return;
      const line = `Importing: ${done}/${total} files`;
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
      if (tty && done === total) process.stderr.write('\n');
    },
  };
}

function printSuggestions(names: UncoveredName[]): void {
  if (names.length === 0) {
    console.log('\nGlossary: every capitalised name in the new articles is covered by an entry.');
    return;
  }
  console.log(`\nGlossary: ${names.length} names in the new articles that no entry covers, most frequent first:`);
  const shown = names.slice(0, SHOWN_NAMES);
  const width = Math.max(...shown.map(({ name }) => name.length));
  for (const { name, count, example } of shown) {
    console.log(`  ${String(count).padStart(4)}  ${name.padEnd(width)}  first in ${example.articleId} ${blockLabel(example.block)}`);
  }
  if (names.length > shown.length) console.log(`  … and ${names.length - shown.length} more (npm run glossary:check lists them all)`);
}

/** Fetches the addresses into a temporary folder: each page becomes a file the importer reads like a saved one. */
async function fetchAll(addresses: readonly string[]) {
  const pages = new Map<string, { address: string; fetched: string }>();
  const failures: ContentError[] = [];
  if (addresses.length === 0) return { pages, failures, folder: undefined };
  const folder = mkdtempSync(join(tmpdir(), 'gloss-import-'));
  for (const [index, address] of addresses.entries()) {
    try {
      const page = await fetchPage(address);
      const file = join(folder, `page-${index + 1}.html`);
      writeFileSync(file, page.bytes);
      pages.set(file, { address, fetched: page.address });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      failures.push(error);
    }
  }
  return { pages, failures, folder };
}

async function main(args: string[]): Promise<number> {
  const { values, positionals } = options(args);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no files, folders or addresses to import');
  const dryRun = values['dry-run'];
  const quiet = values.quiet;
  const contentDir = resolve(readEnvironment().contentDir);
  const articlesDir = `${contentDir}/articles`;

  let manifest: Manifest | undefined;
  if (values.manifest) {
    try {
      manifest = readManifest(values.manifest, relative(process.cwd(), resolve(values.manifest)) || values.manifest);
    } catch (error) {
      if (error instanceof ContentError) throw new UsageError(error.message);
      throw error;
    }
  }
  const addresses = positionals.flatMap((arg) => (isAddress(arg) ? [arg] : (addressList(arg) ?? [])));
  const paths = positionals.filter((arg) => !isAddress(arg) && !addressList(arg));
  const fetched = await fetchAll(addresses);
  const { files: local, problems } = paths.length > 0 ? inputFiles(paths) : { files: [], problems: [] };
  problems.push(...fetched.failures);
  const files = [...local, ...fetched.pages.keys()];
  for (const problem of problems) console.log(`✗ ${problem.message}`);
  console.log(`Importing ${files.length} file${files.length === 1 ? '' : 's'} into ${relative(process.cwd(), articlesDir) || '.'}/${dryRun ? ' (dry run: nothing is written)' : ''}\n`);

  const render = createArticleRenderer(readEnvironment().markdown);
  const bar = files.length >= PROGRESS_FROM ? progress(files.length) : undefined;
  const { manifest: _manifestFile, ...flags } = values;
  const reports = importFiles(files, {
    ...flags,
    noDek: values['no-dek'],
    keepJunk: values['keep-junk'],
    articlesDir,
    dryRun,
    force: values.force,
    renderParagraphs: (body) => render({ body, captions: [] }).paragraphs,
    perFile: (path) => {
      const page = fetched.pages.get(path);
      const entry = manifest?.lookup(page?.address ?? path);
      return {
        ...(page ? { input: page.address } : {}),
        options: {
          ...(page ? { fetchedFrom: page.fetched } : {}),
          ...(entry && manifest ? { manifest: { fields: entry.fields, at: entry.at, file: manifest.file } } : {}),
        },
      };
    },
    onFileDone: (report: FileReport, done, total) => {
      const lines = fileReport(report, { dryRun, quiet });
      if (lines.length > 0) {
        bar?.clear();
        console.log(`${lines.join('\n')}\n`);
      }
      bar?.show(done);
      if (done === total) bar?.clear();
    },
  });

  if (fetched.folder) rmSync(fetched.folder, { recursive: true, force: true });
  const failed = reports.filter((report) => report.outcome === 'failed').length + problems.length;
  const count = (outcome: FileReport['outcome']) => reports.filter((report) => report.outcome === outcome).length;
  const verb = dryRun ? 'would be written' : 'written';
  const duplicates = count('duplicate') > 0 ? `, ${count('duplicate')} duplicate${count('duplicate') === 1 ? '' : 's'} skipped` : '';
  console.log(`${count('written')} ${verb}, ${count('replaced')} replaced, ${count('unchanged')} unchanged${duplicates}, ${failed} failed.`);

  const imported = reports.flatMap((report) =>
    report.outcome !== 'duplicate' && report.result.ok && report.slug && report.rendered
      ? [{ slug: report.slug, paragraphs: report.rendered, captions: report.result.article.fields.captions }]
      : [],
  );
  if (imported.length > 0) {
    try {
      const entries = readContentFolder(`${contentDir}/glossary`, GlossaryEntrySchema);
      const matcher = glossaryMatcherFor(entries);
      printSuggestions(glossarySuggestions(imported, matcher));
    } catch (error) {
      console.log(`\nGlossary suggestions skipped: the glossary cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  }
}
