import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: `${process.env.GLOSS_CONTENT_DIR}/articles` }),
    schema: z.object({ title: z.string(), source: z.string(), published: z.coerce.date() }),
  }),
};
