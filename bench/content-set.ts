import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { benchArticles } from './corpus.ts';

const projectContent = new URL('../content/', import.meta.url).pathname;

/**
 * A content folder of `count` articles for whole-site benchmarks: the corpus
 * articles as Markdown with frontmatter, and the bundled glossary and settings.
 */
export function writeContentSet(dir: string, count: number): { dir: string; origin: string } {
  const { articles, origin } = benchArticles(count);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  cpSync(join(projectContent, 'site.yaml'), join(dir, 'site.yaml'));
  cpSync(join(projectContent, 'glossary'), join(dir, 'glossary'), { recursive: true });
  for (const article of articles) {
    const frontmatter = stringify({ title: article.title.trim() || article.id, source: article.source, published: article.published });
    writeFileSync(join(dir, 'articles', `${article.id}.md`), `---\n${frontmatter}---\n\n${article.body}\n`);
  }
  return { dir, origin };
}
