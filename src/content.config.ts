import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { markdownFiles } from './loaders/markdown-files.ts';

/** Where the editor's content lives; tests and benchmarks point it elsewhere. */
const contentDir = process.env.GLOSS_CONTENT_DIR ?? 'content';

const nonEmpty = z.string().trim().min(1);

const articles = defineCollection({
  loader: markdownFiles(`${contentDir}/articles`),
  schema: z.strictObject({
    title: nonEmpty,
    dek: nonEmpty.optional(),
    /** The outlet that published the article. */
    source: nonEmpty,
    author: nonEmpty.optional(),
    /** The author's note printed with the article, e.g. "X is a staff writer at Y." */
    authorBio: nonEmpty.optional(),
    published: z.coerce.date(),
    url: z.url().optional(),
    /** BCP 47 language tag of the article's text. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en" or "fr"').default('en'),
    captions: z.array(z.strictObject({ text: nonEmpty, credit: nonEmpty.optional() })).default([]),
  }),
});

export const ENTITY_KINDS = ['person', 'group', 'organization', 'place', 'event', 'agreement'] as const;

const glossary = defineCollection({
  loader: markdownFiles(`${contentDir}/glossary`),
  schema: z.strictObject({
    name: nonEmpty,
    kind: z.enum(ENTITY_KINDS),
    aliases: z.array(nonEmpty).default([]),
    /** One or two sentences: what the popover shows. */
    summary: nonEmpty.max(400),
    role: nonEmpty.optional(),
    affiliation: nonEmpty.optional(),
    sources: z.array(nonEmpty).default([]),
  }),
});

export const collections = { articles, glossary };
