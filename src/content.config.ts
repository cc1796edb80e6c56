import { defineCollection } from 'astro:content';
import { ArticleQuestionsSchema, ArticleSchema, GlossaryEntrySchema, UnitSchema } from './lib/content/schemas.ts';
import { markdownFiles } from './loaders/markdown-files.ts';

/** Where the editor's content lives; tests and benchmarks point it elsewhere. */
const contentDir = process.env.GLOSS_CONTENT_DIR ?? 'content';

export const collections = {
  articles: defineCollection({ loader: markdownFiles(`${contentDir}/articles`), schema: ArticleSchema }),
  glossary: defineCollection({ loader: markdownFiles(`${contentDir}/glossary`), schema: GlossaryEntrySchema }),
  questions: defineCollection({ loader: markdownFiles(`${contentDir}/questions`), schema: ArticleQuestionsSchema }),
  units: defineCollection({ loader: markdownFiles(`${contentDir}/units`), schema: UnitSchema }),
};
