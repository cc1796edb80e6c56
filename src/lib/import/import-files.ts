import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { ContentError } from '../content/content-error.ts';
import { parseMarkdownFile } from '../content/frontmatter.ts';
import { AlreadyExistsError, writeFileAtomically } from './atomic-write.ts';
import type { ArticleFields } from './article-file.ts';
import { importText, type ImportOptions, type ImportResult } from './import-text.ts';
import { uniqueSlug } from './slug.ts';

export interface BatchOptions extends ImportOptions {
  /** Where article files go (content/articles). */
  articlesDir: string;
  /** Report only: read, check and report everything, write nothing. */
  dryRun?: boolean;
  /** Replace an existing article file whose content differs. */
  force?: boolean;
  /** The site's renderer, reduced to paragraph texts: each article is checked to read on the page exactly as pasted. */
  renderParagraphs: (markdownBody: string) => string[];
  /** Paths in messages are relative to this (the working directory). */
  root?: string;
  onFileDone?: (report: FileReport, done: number, total: number) => void;
  /** Options for one file (its manifest entry, the address it was fetched from) and the name messages give it. */
  perFile?: (path: string) => { options?: ImportOptions; input?: string };
}

/** `duplicate`: the same article as an earlier file of the run, so not imported twice. */
export type Outcome = 'written' | 'replaced' | 'unchanged' | 'duplicate' | 'failed';

export interface FileReport {
  /** The input file, as named in messages. */
  input: string;
  result: ImportResult;
  outcome: Outcome;
  /** Set when the article was (or, in a dry run, would be) written, replaced or found unchanged. */
  slug?: string;
  /** The article file, as named in messages. */
  target?: string;
  error?: ContentError;
  /** When an existing file under the title's slug holds another article: that file (this one took the next slug). */
  sharesTitleWith?: string;
  /** For a duplicate: the earlier input file it repeats. */
  duplicateOf?: string;
  /** The paragraphs as the site renders them. */
  rendered?: string[];
}

/**
 * Imports files one by one: a file that fails is reported and the rest go
 * on. Slugs are unique: a second article titled the same, in this run or on
 * disk, gets "-2". The same article imported before is never replaced without
 * `force`, and left alone if nothing changed, so re-running an import is
 * harmless; a file that gives the same article as an earlier one of the run
 * (the same paste saved twice) is not imported twice. Each file is written
 * whole or not at all.
 */
export function importFiles(files: readonly string[], options: BatchOptions): FileReport[] {
  const root = options.root ?? process.cwd();
  const claimed = new Set<string>();
  /** Each article file's content, with the input that gave it: a paste repeated in a folder is imported once. */
  const seen = new Map<string, FirstCopy>();
  const reports: FileReport[] = [];
  if (!options.dryRun) mkdirSync(options.articlesDir, { recursive: true });
  for (const path of files) {
    const own = options.perFile?.(path);
    const report = importOne(path, own?.input ?? shownPath(root, path), { ...options, ...own?.options }, claimed, seen, root);
    reports.push(report);
    options.onFileDone?.(report, reports.length, files.length);
  }
  return reports;
}

interface FirstCopy {
  input: string;
  slug: string;
  target: string;
}

/**
 * Whether an existing article file is this article, imported before: same
 * title, and the same text (the metadata was corrected) or the same outlet
 * and date (the paste was corrected). Anything else with the same title is
 * another article, which must never be replaced. A file that cannot be read
 * as an article counts as this one, so only --force replaces it.
 */
function isSameArticle(existing: string, fields: ArticleFields, body: string): boolean {
  let file: ReturnType<typeof parseMarkdownFile>;
  try {
    file = parseMarkdownFile(existing, 'existing');
  } catch {
    return true;
  }
  const { title, source, published } = file.data;
  if (title !== fields.title) return false;
  return file.body === body || (source === fields.source && String(published) === fields.published);
}

/** The title's and text's words alone: two copies that differ only in whitespace, punctuation or case are the same article. */
function sameArticleKey(texts: readonly string[]): string {
  return texts.join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A path as messages show it: relative to the working directory when inside it, else as given. */
function shownPath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

function importOne(path: string, input: string, options: BatchOptions, claimed: Set<string>, seen: Map<string, FirstCopy>, root: string): FileReport {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const contentError = new ContentError(input, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return { input, result: { ok: false, error: contentError }, outcome: 'failed', error: contentError };
  }
  const result = importText(bytes, input, options);
  if (!result.ok) return { input, result, outcome: 'failed', error: result.error };
  const { article } = result;
  const fail = (problem: string, field?: string) => ({ input, result, outcome: 'failed' as const, error: new ContentError(input, problem, field) });

  const rendered = options.renderParagraphs(parseMarkdownFile(article.markdown, input).body);
  const differs = rendered.findIndex((text, index) => text !== article.paragraphs[index]);
  if (rendered.length !== article.paragraphs.length || differs >= 0) {
    // Never expected: the escaping is meant to make this impossible. Writing nothing beats a page that misquotes the article.
    return fail(`¶${differs + 1} would not read on the page as pasted (an importer bug: please report it with this file)`);
  }

  const key = sameArticleKey([article.fields.title, ...article.paragraphs]);
  const first = seen.get(key);
  if (first) return { input, result, outcome: 'duplicate', duplicateOf: first.input, slug: first.slug, target: first.target };

  const body = parseMarkdownFile(article.markdown, input).body;
  // An existing file under the slug that holds another article with this title pushes this one on to "-2".
  let sharesTitleWith: string | undefined;
  const slug = uniqueSlug(article.slug, (candidate) => {
    if (claimed.has(candidate)) return true;
    const existing = join(options.articlesDir, `${candidate}.md`);
    if (!existsSync(existing) || isSameArticle(readFileSync(existing, 'utf8'), article.fields, body)) return false;
    sharesTitleWith ??= shownPath(root, existing);
    return true;
  });
  claimed.add(slug);
  const file = join(options.articlesDir, `${slug}.md`);
  const target = shownPath(root, file);
  seen.set(key, { input, slug, target });
  const done = (outcome: Outcome): FileReport => ({ input, result, outcome, slug, target, rendered, ...(sharesTitleWith ? { sharesTitleWith } : {}) });

  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (existing === article.markdown) return done('unchanged');
  if (existing !== undefined && !options.force) {
    return fail(`${target} holds this article as imported before, with other content: pass --force to replace it`);
  }
  if (!options.dryRun) {
    try {
      writeFileAtomically(file, article.markdown, { overwrite: options.force ?? false });
    } catch (error) {
      if (error instanceof AlreadyExistsError) return fail(`${target} appeared while importing: pass --force to replace it`);
      return fail(`cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  return done(existing === undefined ? 'written' : 'replaced');
}
