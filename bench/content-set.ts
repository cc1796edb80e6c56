import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContentFolder } from '../src/lib/content/read-content.ts';
import { GlossaryEntrySchema } from '../src/lib/content/schemas.ts';
import { uncoveredNames } from '../src/lib/glossary/coverage.ts';
import { glossaryMatcherFor } from '../src/lib/glossary/glossary-names.ts';
import { textBlocks } from '../src/lib/article-body/blocks.ts';
import { benchArticles, type CorpusArticle } from './corpus.ts';

const projectContent = new URL('../content/', import.meta.url).pathname;

/**
 * A content folder of `count` articles for whole-site benchmarks: the corpus
 * articles as Markdown with frontmatter, and the bundled glossary and settings.
 */
export function writeContentSet(dir: string, count: number, options: { glossarySize?: number } = {}): { dir: string; origin: string; glossarySize: number } {
  const { articles, origin } = benchArticles(count);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  cpSync(join(projectContent, 'site.yaml'), join(dir, 'site.yaml'));
  cpSync(join(projectContent, 'glossary'), join(dir, 'glossary'), { recursive: true });
  for (const article of articles) {
    const frontmatter = stringify({ title: article.title.trim() || article.id, source: article.source, published: article.published });
    writeFileSync(join(dir, 'articles', `${article.id}.md`), `---\n${frontmatter}---\n\n${article.body}\n`);
  }
  const glossarySize = growGlossary(join(dir, 'glossary'), articles, options.glossarySize ?? 0);
  return { dir, origin, glossarySize };
}

/**
 * Adds entries until the glossary has `size`, for the names the articles use
 * most that no entry covers yet (found by the editors' own coverage check),
 * so a big glossary matches real text the way an editor's would.
 */
function growGlossary(folder: string, articles: readonly CorpusArticle[], size: number): number {
  const entries = readContentFolder(folder, GlossaryEntrySchema);
  const matcher = glossaryMatcherFor(entries);
  const distinct = [...new Map(articles.map((article) => [article.body, article])).values()];
  const texts = distinct.map((article) => ({ articleId: article.id, blocks: textBlocks(article.body.split('\n\n'), []) }));
  const wanted = Math.max(0, size - entries.length);
  const names = uncoveredNames(texts, matcher)
    .filter(({ name }) => name.split(' ').length > 1 || name.length > 3)
    .slice(0, wanted);
  names.forEach(({ name, count }, index) => {
    const entry = { name, kind: 'group', summary: `A name the benchmark articles use ${count} times.` };
    writeFileSync(join(folder, `bench-entry-${index + 1}.md`), `---\n${stringify(entry)}---\n\nGenerated for benchmarks.\n`);
  });
  return entries.length + names.length;
}
