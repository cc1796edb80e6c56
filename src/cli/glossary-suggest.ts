/**
 * `npm run glossary:suggest`: the entities the articles name that the
 * glossary lacks, ranked by mentions × articles, with their variants, a
 * guessed kind and its cue, counts and two contexts each.
 *
 *   --json       the same as JSON, for editors' tools and CI
 *   --top N      how many to list (default 50)
 *   --write N    save draft entries for the top N in content/glossary/ (never over an existing file)
 *   --min-articles N   leave out names seen in fewer articles (default 2)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { textBlocks } from '../lib/article-body/blocks.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { readContentFolder } from '../lib/content/read-content.ts';
import { ArticleSchema, GlossaryEntrySchema } from '../lib/content/schemas.ts';
import { counted } from '../lib/counted.ts';
import { glossaryMatcherFor } from '../lib/glossary/glossary-names.ts';
import { glossaryLinker } from '../lib/glossary/paragraph-linker.ts';
import { draftEntry } from '../lib/glossary/suggest/draft.ts';
import { suggestEntries, type Suggestion } from '../lib/glossary/suggest/suggest.ts';
import { readEnvironment } from '../lib/settings.ts';
import { createArticleRenderer } from '../render/article.ts';

const USAGE = 'usage: npm run glossary:suggest -- [--json] [--top N] [--write N] [--min-articles N]';

function count(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${option} takes a whole number, not "${value}"\n${USAGE}`);
  return Number(value);
}

function printTable(suggestions: readonly Suggestion[], total: number, articles: number): void {
  console.log(`Glossary suggestions: ${total} entities the glossary lacks in ${articles} articles, ranked by mentions × articles; the top ${suggestions.length}:\n`);
  suggestions.forEach((s, i) => {
    console.log(`${String(i + 1).padStart(3)}. ${s.name}  (${s.kind}: ${s.cue})`);
    console.log(`     ${counted(s.mentions, 'mention')} in ${counted(s.articles, 'article')}${s.variants.length ? `; also written ${s.variants.map((v) => `"${v}"`).join(', ')}` : ''}`);
    for (const context of s.contexts) console.log(`     ${context.articleId} ¶${context.paragraph}: ${context.text}`);
  });
}

function main(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, top: { type: 'string' }, write: { type: 'string' }, 'min-articles': { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const top = count(values.top, 'top', 50);
  const write = count(values.write, 'write', 0);
  const minArticles = count(values['min-articles'], 'min-articles', 2);
  const contentDir = resolve(readEnvironment().contentDir);
  const articles = readContentFolder(`${contentDir}/articles`, ArticleSchema);
  // Drafts count as known: a name already drafted is not suggested again.
  const entries = readContentFolder(`${contentDir}/glossary`, GlossaryEntrySchema);
  const matcher = glossaryMatcherFor(entries.filter((entry) => !entry.data.draft));
  const render = createArticleRenderer(readEnvironment().markdown, { createLinker: glossaryLinker(matcher) });
  const texts = articles.map(({ id, body, data }) => {
    const rendered = render({ body, captions: data.captions });
    return { id, source: data.source, paragraphs: textBlocks(rendered.paragraphs, data.captions).map(({ text }) => text) };
  });
  const knownNames = entries.flatMap(({ data }) => [data.name, ...data.aliases, ...data.datedAliases.map(({ name }) => name)]);
  const suggestions = suggestEntries(texts, matcher, { knownNames, minArticles });
  const shown = suggestions.slice(0, Math.max(top, write));

  if (values.json) console.log(JSON.stringify(shown, null, 2));
  else printTable(shown, suggestions.length, articles.length);

  if (write > 0) {
    const folder = join(contentDir, 'glossary');
    const taken = new Set(entries.map((entry) => entry.id));
    const written: string[] = [];
    for (const suggestion of suggestions.slice(0, write)) {
      const draft = draftEntry(suggestion, (id) => taken.has(id) || existsSync(join(folder, `${id}.md`)));
      taken.add(draft.fileName.slice(0, -3));
      writeFileSync(join(folder, draft.fileName), draft.text, { flag: 'wx' });
      written.push(draft.fileName);
    }
    (values.json ? console.error : console.log)(`\nWrote ${written.length} draft ${written.length === 1 ? 'entry' : 'entries'} in ${folder}: ${written.join(', ')}. The build does not publish drafts: fill in each summary and remove "draft: true".`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof ContentError || error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
