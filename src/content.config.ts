import { defineCollection } from 'astro:content';
import { ArticleQuestionsSchema, ArticleSchema, GlossaryEntrySchema, UnitSchema } from './lib/content/schemas.ts';
import { readEnvironment } from './lib/settings.ts';
import { markdownFiles } from './loaders/markdown-files.ts';

/** Where the editor's content lives (`GLOSS_CONTENT_DIR`); tests and benchmarks point it elsewhere. */
const { contentDir } = readEnvironment();

// The loader checks each file with the schema itself (errors in Gloss's words); the
// collection's schema gives the entries their types.
export const collections = {
  articles: defineCollection({ loader: markdownFiles(`${contentDir}/articles`, ArticleSchema), schema: ArticleSchema }),
  glossary: defineCollection({ loader: markdownFiles(`${contentDir}/glossary`, GlossaryEntrySchema), schema: GlossaryEntrySchema }),
  questions: defineCollection({ loader: markdownFiles(`${contentDir}/questions`, ArticleQuestionsSchema), schema: ArticleQuestionsSchema }),
  units: defineCollection({ loader: markdownFiles(`${contentDir}/units`, UnitSchema), schema: UnitSchema }),
};
