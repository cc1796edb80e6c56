import { readContentFolder } from '../src/lib/content/read-content.ts';
import { GlossaryEntrySchema } from '../src/lib/content/schemas.ts';
import { glossaryMatcherFor } from '../src/lib/glossary/glossary-names.ts';
import { glossaryLinker } from '../src/lib/glossary/paragraph-linker.ts';
import { bodyRenderers, type BodyRendererName } from '../src/render/index.ts';
import { benchArticles } from './corpus.ts';
import { median, table } from './stats.ts';

/**
 * Article-body rendering: the unified (remark/rehype) pipeline against the
 * Sätteri adapter of the same transforms, over the same articles, in one run,
 * with the bundled glossary linking terms as in a real build.
 */
export function benchRender(count = 2000, runs = 5): string {
  const { articles, origin } = benchArticles(count);
  const megabytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.body), 0) / 1e6;
  const names = Object.keys(bodyRenderers) as BodyRendererName[];
  const entries = readContentFolder(new URL('../content/glossary', import.meta.url).pathname, GlossaryEntrySchema);
  const matcher = glossaryMatcherFor(entries);
  const seconds = new Map<BodyRendererName, number>();
  for (const name of names) {
    const render = bodyRenderers[name]({ createLinker: glossaryLinker(matcher) });
    for (const article of articles.slice(0, 50)) render(article.body); // warm-up
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      for (const article of articles) render(article.body);
      times.push((performance.now() - start) / 1000);
    }
    seconds.set(name, median(times));
  }
  const baseline = seconds.get('unified')!;
  return [
    `### Article-body rendering (${origin}; ${megabytes.toFixed(1)} MB of Markdown; ${matcher.size} glossary names linked; median of ${runs} runs)`,
    '',
    table(
      ['pipeline', 'seconds', 'MB/s', 'articles/s', 'time vs unified'],
      names.map((name) => {
        const s = seconds.get(name)!;
        return [name, s.toFixed(2), (megabytes / s).toFixed(1), Math.round(count / s).toString(), `${(s / baseline).toFixed(2)}x`];
      }),
    ),
  ].join('\n');
}
