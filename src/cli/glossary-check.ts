/**
 * `npm run glossary:check`: what the glossary misses. Lists the names in the
 * articles that no entry covers, with counts, the entries that match
 * nothing, mentions inside longer names no entry covers ("Iraq" in "Islamic
 * State of Iraq"), and draft entries. Informational: exits 0 unless content
 * cannot be read, or with --strict when it finds anything. For ranked,
 * clustered suggestions with drafts, see `npm run glossary:suggest`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDay } from '../lib/text/dates.ts';
import { insideLongerNames } from '../lib/glossary/inside-longer.ts';
import { blockLabel, textBlocks } from '../lib/article-body/blocks.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { readContentFolder } from '../lib/content/read-content.ts';
import { ArticleSchema, GlossaryEntrySchema } from '../lib/content/schemas.ts';
import { uncoveredNames } from '../lib/glossary/coverage.ts';
import { glossaryMatcherFor } from '../lib/glossary/glossary-names.ts';
import { MentionIndex } from '../lib/glossary/mention-index.ts';
import { glossaryLinker, type ArticleBeingLinked } from '../lib/glossary/paragraph-linker.ts';
import { readEnvironment } from '../lib/settings.ts';
import { createArticleRenderer } from '../render/article.ts';

/** Longer names shown: the most frequent, seen at least twice. */
const MAX_LONGER_NAMES = 25;

function main(args: string[]): number {
  const { values } = parseArgs({ args, options: { strict: { type: 'boolean' } }, strict: true, allowPositionals: false });
  const strict = values.strict ?? false;
  const { contentDir: folder, markdown } = readEnvironment();
  const contentDir = resolve(folder);
  const articles = readContentFolder(`${contentDir}/articles`, ArticleSchema);
  const all = readContentFolder(`${contentDir}/glossary`, GlossaryEntrySchema);
  // As the build: drafts are not published, so they link nothing.
  const drafts = all.filter((entry) => entry.data.draft);
  const entries = all.filter((entry) => !entry.data.draft);
  const matcher = glossaryMatcherFor(entries);

  const current: ArticleBeingLinked = {};
  const render = createArticleRenderer(markdown, { createLinker: glossaryLinker(matcher, undefined, current) });
  const rendered = articles.map(({ id, body, data }) => {
    current.published = data.published;
    return { id, published: data.published, captions: data.captions, ...render({ body, captions: data.captions }) };
  });
  const index = new MentionIndex(rendered);
  const missing = uncoveredNames(rendered.map((article) => ({ articleId: article.id, blocks: textBlocks(article.paragraphs, article.captions) })), matcher);
  const longer = insideLongerNames(
    rendered.map((article) => ({ articleId: article.id, date: isoDay(article.published), paragraphs: article.paragraphs })),
    matcher,
  ).filter(({ count }) => count >= 2);
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
  if (longer.length > 0) {
    console.log(`\nMentions inside longer names no entry covers (${longer.length}, seen twice or more): add the longer name as an alias, or to the entry's "notPartOf".`);
    for (const { longer: name, mention, entityId, count, example } of longer.slice(0, MAX_LONGER_NAMES)) {
      console.log(`  ${String(count).padStart(4)}  "${mention}" (${entityId}) inside "${name}"  first in ${example.articleId} ¶${example.paragraph}`);
    }
  }
  if (drafts.length > 0) {
    console.log(`\nDraft entries, not published until their summary is written and "draft: true" removed (${drafts.length}):`);
    for (const draft of drafts) console.log(`  ${draft.file}  (${draft.data.name})`);
  }
  return strict && (missing.length > 0 || unmatched.length > 0 || longer.length > 0 || drafts.length > 0) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof ContentError || error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
