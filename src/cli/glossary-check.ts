/**
 * `npm run glossary:check`: what the glossary misses. Lists the names in the
 * articles that no entry covers, with counts, and the entries that match
 * nothing. Informational: exits 0 unless content cannot be read, or with
 * --strict when it finds anything.
 */
import { resolve } from 'node:path';
import { blockLabel, textBlocks } from '../lib/article-body/blocks.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { readContentFolder } from '../lib/content/read-content.ts';
import { ArticleSchema, GlossaryEntrySchema } from '../lib/content/schemas.ts';
import { uncoveredNames } from '../lib/glossary/coverage.ts';
import { glossaryMatcherFor } from '../lib/glossary/glossary-names.ts';
import { MentionIndex } from '../lib/glossary/mention-index.ts';
import { glossaryLinker } from '../lib/glossary/paragraph-linker.ts';
import { readEnvironment } from '../lib/settings.ts';
import { createArticleRenderer } from '../render/article.ts';

function main(args: string[]): number {
  const strict = args.includes('--strict');
  const { contentDir: folder, markdown } = readEnvironment();
  const contentDir = resolve(folder);
  const articles = readContentFolder(`${contentDir}/articles`, ArticleSchema);
  const entries = readContentFolder(`${contentDir}/glossary`, GlossaryEntrySchema);
  const matcher = glossaryMatcherFor(entries);

  const render = createArticleRenderer(markdown, { createLinker: glossaryLinker(matcher) });
  const rendered = articles.map(({ id, body, data }) => ({ id, captions: data.captions, ...render({ body, captions: data.captions }) }));
  const index = new MentionIndex(rendered);
  const missing = uncoveredNames(rendered.map((article) => ({ articleId: article.id, blocks: textBlocks(article.paragraphs, article.captions) })), matcher);
  const unmatched = index.unmentioned(entries.map((entry) => entry.id));

  console.log(`Glossary coverage: ${articles.length} articles, ${entries.length} entries.\n`);
  if (missing.length === 0) console.log('Every capitalised name in the articles is covered by an entry.');
  else {
    console.log(`Names no entry covers (${missing.length}), most frequent first:`);
    const width = Math.max(...missing.map((m) => m.name.length));
    for (const { name, count, example } of missing) {
      console.log(`  ${String(count).padStart(4)}  ${name.padEnd(width)}  first in ${example.articleId} ${blockLabel(example.block)}`);
    }
  }
  if (unmatched.length > 0) {
    console.log(`\nEntries that match nothing in the articles (${unmatched.length}): check their names and aliases.`);
    for (const id of unmatched) {
      const entry = entries.find((e) => e.id === id)!;
      console.log(`  ${entry.file}  (${[entry.data.name, ...entry.data.aliases].join(' / ')})`);
    }
  }
  return strict && (missing.length > 0 || unmatched.length > 0) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof ContentError || error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
