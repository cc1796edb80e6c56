import { z } from 'astro/zod';
import { parseCalendarDay, type CalendarDay } from '../text/dates.ts';
import { describeValue } from './schema-errors.ts';

/**
 * The content model, in one place: Astro's content collections validate with
 * these schemas, and so do Gloss's command-line tools, which run outside Astro.
 */

const nonEmpty = z.string().trim().min(1);

/** A calendar day: `2016-09-18` (quoted or not); never a time, a number or another format. */
export const calendarDay = z.unknown().transform((value, context): CalendarDay => {
  const day = parseCalendarDay(value);
  if (day) return day;
  if (value === undefined) context.addIssue({ code: 'invalid_type', expected: 'date', input: value });
  else context.addIssue({ code: 'custom', message: `a calendar day as YYYY-MM-DD, such as 2016-09-18; got ${describeValue(value)}` });
  return z.NEVER;
});

/** A BCP 47 language tag ("en", "fr", "pt-BR"), kept in its canonical case. */
export const languageTag = z.string().transform((tag, context) => {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // Not a well-formed tag: said below.
  }
  context.addIssue({ code: 'custom', message: `a language tag such as "en", "fr" or "pt-BR"; got ${describeValue(tag)}` });
  return z.NEVER;
});

/** A name or alias is matched in the text: one with no letter or digit ("-") would make every dash a term. */
const matchableName = nonEmpty.regex(/[\p{L}\p{N}]/u, 'must contain a letter or a digit');

export const ArticleSchema = z.strictObject({
  title: nonEmpty,
  dek: nonEmpty.optional(),
  /** The outlet that published the article. */
  source: nonEmpty,
  author: nonEmpty.optional(),
  /** The author's note printed with the article, e.g. "X is a staff writer at Y." */
  authorBio: nonEmpty.optional(),
  published: calendarDay,
  /** Where it was published: a web address, never a script (`javascript:`). */
  url: z.url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' }).optional(),
  /** The outlet is a newspaper or magazine (it prints too), not a news website: APA 7 then cites the outlet, not the title, in italics. */
  periodical: z.boolean().optional(),
  /** BCP 47 language tag of the article's text. */
  language: languageTag.default('en'),
  captions: z.array(z.strictObject({ text: nonEmpty, credit: nonEmpty.optional() })).default([]),
});

export const ENTITY_KINDS = ['person', 'group', 'organization', 'place', 'event', 'agreement'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** An alias that holds only for articles published in a range of days: "cessation of hostilities" from 2016-02-12 to 2016-09-08. */
const DatedAliasSchema = z
  .strictObject({ name: matchableName, from: calendarDay.optional(), until: calendarDay.optional() })
  .superRefine((alias, context) => {
    if (!alias.from && !alias.until) context.addIssue({ code: 'custom', path: ['from'], message: 'give "from", "until" or both (YYYY-MM-DD); an alias for all dates goes in "aliases"' });
    if (alias.from && alias.until && alias.from > alias.until) context.addIssue({ code: 'custom', path: ['until'], message: 'must not be before "from"' });
  });

export const GlossaryEntrySchema = z
  .strictObject({
  name: matchableName,
  kind: z.enum(ENTITY_KINDS),
  /** Other names the entity goes by in the articles; matched case-sensitively, whole words. */
  aliases: z.array(matchableName).default([]),
  /** Aliases that hold only for articles published in a date range. */
  datedAliases: z.array(DatedAliasSchema).default([]),
  /** Longer names this entry is not part of ("Dahiyet al-Assad" for Bashar al-Assad): its names inside them are not mentions. */
  notPartOf: z.array(matchableName).default([]),
  /** A draft (as `glossary:suggest --write` makes) is never published; the build lists it as a warning. */
  draft: z.boolean().default(false),
  /** One or two sentences: what the popover shows. Only a draft may leave it empty. */
  summary: z.string().trim().max(400).default(''),
  role: nonEmpty.optional(),
  affiliation: nonEmpty.optional(),
  /** Ids of related glossary entries ("see also"); each must exist. */
  seeAlso: z.array(nonEmpty).default([]),
  /** The public references the entry's facts rest on. */
  sources: z.array(nonEmpty).default([]),
  })
  .superRefine((entry, context) => {
    if (!entry.draft && entry.summary === '') context.addIssue({ code: 'custom', path: ['summary'], message: 'must not be empty (only a draft, "draft: true", may leave it empty)' });
  });

/** A question for students. Paragraph references in its text ("¶3–5") become links. */
const QuestionSchema = z.strictObject({
  question: nonEmpty,
  /** For the teacher's handout only: never shown on a student page. */
  answer: nonEmpty.optional(),
});

const questionLists = {
  /** Text-dependent questions: answered from the text, citing paragraphs. */
  evidence: z.array(QuestionSchema).default([]),
  /** Discussion questions: opinion and connection, kept apart from the evidence questions. */
  discussion: z.array(QuestionSchema).default([]),
};

/** `content/questions/<article-id>.md`: an article's questions, beside it rather than in it, so a re-import cannot lose them. */
export const ArticleQuestionsSchema = z.strictObject(questionLists);

/** `content/units/<id>.md`: a set of articles taught together; the body is the instructions. */
export const UnitSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty.optional(),
  /** Article ids (file names), in the order students read them. */
  articles: z
    .array(nonEmpty)
    .min(1)
    .superRefine((ids, context) =>
      ids.forEach((id, index) => {
        const first = ids.indexOf(id);
        if (first < index) context.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice (also articles.${first})` });
      }),
    ),
  objectives: z.array(nonEmpty).default([]),
  /** Questions across the unit's articles, numbered Text 1, Text 2… in `articles` order: "Text 2 ¶4" links to that article's paragraph. */
  ...questionLists,
});

export type ArticleData = z.infer<typeof ArticleSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type ArticleQuestionsData = z.infer<typeof ArticleQuestionsSchema>;
export type UnitData = z.infer<typeof UnitSchema>;
export type GlossaryEntryData = z.infer<typeof GlossaryEntrySchema>;
