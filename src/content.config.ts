import { defineCollection } from 'astro:content';
import { ArticleSchema, GlossaryEntrySchema } from './lib/content/schemas.ts';
import { markdownFiles } from './loaders/markdown-files.ts';

/** Where the editor's content lives; tests and benchmarks point it elsewhere. */
const contentDir = process.env.GLOSS_CONTENT_DIR ?? 'content';

export const collections = {
  articles: defineCollection({ loader: markdownFiles(`${contentDir}/articles`), schema: ArticleSchema }),
  glossary: defineCollection({ loader: markdownFiles(`${contentDir}/glossary`), schema: GlossaryEntrySchema }),
};
