import { readContentFolder } from '../src/lib/content/read-content.ts';
import { GlossaryEntrySchema } from '../src/lib/content/schemas.ts';
import { glossaryMatcherFor } from '../src/lib/glossary/glossary-names.ts';
import { suggestEntries, type Suggestion } from '../src/lib/glossary/suggest/suggest.ts';
import { benchArticles } from './corpus.ts';
import { JUDGED, type Judgement } from './glossary-judged.ts';
import { median, table } from './stats.ts';

/**
 * `npm run bench -- glossary`: `glossary:suggest` on the FA-KES corpus with
 * the seed glossary (content/glossary). Of the top 50 suggestions, how many are
 * real entities the glossary lacks, judged against bench/glossary-judged.ts;
 * how many entities come as two or more rows (split clusters); and the time.
 */

export interface TopScore {
  /** Suggestions judged 'new'. */
  hits: number;
  /** Entities with more than one row. */
  splits: string[];
  /** Names in the top that the list does not judge (counted as misses). */
  unjudged: string[];
  misses: { name: string; judgement: Judgement | undefined }[];
}

export function scoreTop(suggestions: readonly Suggestion[], judged: Record<string, Judgement>, n = 50): TopScore {
  const top = suggestions.slice(0, n);
  const rowsByEntity = new Map<string, number>();
  const misses: TopScore['misses'] = [];
  let hits = 0;
  for (const { name } of top) {
    const judgement = judged[name];
    if (judgement) rowsByEntity.set(judgement.entity, (rowsByEntity.get(judgement.entity) ?? 0) + 1);
    if (judgement?.verdict === 'new') hits++;
    else misses.push({ name, judgement });
  }
  return {
    hits,
    splits: [...rowsByEntity].filter(([, rows]) => rows > 1).map(([entity]) => entity),
    unjudged: top.filter(({ name }) => !judged[name]).map(({ name }) => name),
    misses,
  };
}

export function corpusSuggestions(): { suggestions: Suggestion[]; seconds: number; articles: number; origin: string } {
  const { articles, origin } = benchArticles(706);
  const entries = readContentFolder(new URL('../content/glossary', import.meta.url).pathname, GlossaryEntrySchema);
  const matcher = glossaryMatcherFor(entries);
  const input = articles.map((article) => ({ id: article.id, source: article.source, paragraphs: article.body.split('\n\n') }));
  const knownNames = entries.flatMap((entry) => [entry.data.name, ...entry.data.aliases]);
  const times: number[] = [];
  let suggestions: Suggestion[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    suggestions = suggestEntries(input, matcher, { knownNames });
    times.push((performance.now() - start) / 1000);
  }
  return { suggestions, seconds: median(times), articles: articles.length, origin };
}

export function benchGlossary(): string {
  const { suggestions, seconds, articles, origin } = corpusSuggestions();
  const score = scoreTop(suggestions, JUDGED);
  const rows = suggestions.slice(0, 50).map((s, i) => {
    const judgement = JUDGED[s.name];
    return [String(i + 1), s.name, s.kind, String(s.mentions), String(s.articles), s.variants.slice(0, 4).join(', '), judgement ? `${judgement.verdict}: ${judgement.reason}` : 'not judged'];
  });
  return [
    `### Glossary suggestions (${origin}; seed glossary; median of 3 runs)`,
    '',
    `Top 50: **${score.hits}/50** real entities not yet in the glossary (target ≥ 45); clusters split: **${score.splits.length}**${score.splits.length ? ` (${score.splits.join(', ')})` : ''} (target 0); ${suggestions.length} suggestions in ${seconds.toFixed(2)} s for ${articles} articles.`,
    score.unjudged.length ? `\nNot judged (counted as misses): ${score.unjudged.join(', ')}.` : '',
    '',
    table(['#', 'name', 'kind', 'mentions', 'articles', 'variants', 'judged'], rows),
  ].join('\n');
}

if (import.meta.main) console.log(benchGlossary());
