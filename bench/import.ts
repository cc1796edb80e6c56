import { benchImportCorpus } from './import-corpus.ts';
import { benchImportPages } from './import-pages.ts';

/** `npm run bench -- import`: the importer on the shared corpus of one-line pastes and on the saved web pages. */
export function benchImport(): string {
  return [benchImportPages(), benchImportCorpus()].join('\n\n');
}
