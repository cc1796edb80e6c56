import { z } from 'astro/zod';

/**
 * The content model, in one place: Astro's content collections validate with
 * these schemas, and so do Gloss's command-line tools, which run outside Astro.
 */

const nonEmpty = z.string().trim().min(1);

export const ArticleSchema = z.strictObject({
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
});

export const ENTITY_KINDS = ['person', 'group', 'organization', 'place', 'event', 'agreement'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const GlossaryEntrySchema = z.strictObject({
  name: nonEmpty,
  kind: z.enum(ENTITY_KINDS),
  /** Other names the entity goes by in the articles; matched case-sensitively, whole words. */
  aliases: z.array(nonEmpty).default([]),
  /** One or two sentences: what the popover shows. */
  summary: nonEmpty.max(400),
  role: nonEmpty.optional(),
  affiliation: nonEmpty.optional(),
  /** Ids of related glossary entries ("see also"); each must exist. */
  seeAlso: z.array(nonEmpty).default([]),
  /** The public references the entry's facts rest on. */
  sources: z.array(nonEmpty).default([]),
});

export type ArticleData = z.infer<typeof ArticleSchema>;
export type GlossaryEntryData = z.infer<typeof GlossaryEntrySchema>;
