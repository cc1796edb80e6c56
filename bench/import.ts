import { benchImportCorpus } from './import-corpus.ts';

/** `npm run bench -- import`: the importer on the shared corpus of one-line pastes and on the saved web pages. */
export function benchImport(): string {
  return [benchImportCorpus()].join('\n\n');
}
