import { cpus } from 'node:os';
import { benchGlossary } from './glossary.ts';
import { benchImport } from './import.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchLinking } from './linking.ts';
import { benchRender } from './render.ts';
import { benchScale } from './scale.ts';
import { benchSearch } from './search.ts';

/**
 * `npm run bench`: every benchmark, each measured against its baseline in the
 * same run, printed as Markdown. Pass names to run some: `npm run bench -- render`.
 */
const benches: Record<string, () => string | Promise<string>> = {
  render: () => benchRender(),
  linking: () => benchLinking(),
  search: () => benchSearch(2000),
  scale: () => benchScale([1_000, 10_000]),
  lighthouse: () => benchLighthouse(),
  glossary: () => benchGlossary(),
  import: () => benchImport(),
};

const wanted = process.argv.slice(2);
console.log(`# Gloss benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`${await run()}\n`);
}
