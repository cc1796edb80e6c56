import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { PAPER_SIZES } from './classroom/paper.ts';
import { ContentError } from './content/content-error.ts';
import { parseYamlFields } from './content/frontmatter.ts';
import { languageTag } from './content/schemas.ts';
import { validateFields } from './content/schema-errors.ts';
import { DEFAULT_LINK_MODE, LINK_MODES } from './glossary/link-terms.ts';
import { decodeContentText } from './import/decode-text.ts';

/**
 * Every setting of a Gloss build, in one place: the environment (`GLOSS_*`
 * variables) and `content/site.yaml`, each read through one zod schema with
 * a description on every field (the descriptions are the documentation: the
 * JSON Schema editors use for site.yaml is made from them, see
 * `npm run schema`). Nothing is read when this module is imported: the build
 * calls `settings()`, which reads both once; tests call `loadSettings(env)`.
 */

/** The Markdown pipelines that can render articles, glossary entries and unit instructions (see src/render/). */
export const MARKDOWN_PIPELINES = ['satteri', 'unified'] as const;
export type MarkdownPipeline = (typeof MARKDOWN_PIPELINES)[number];

/** `content/site.yaml`: the reading set as a whole. */
export const SiteFileSchema = z
  .strictObject({
    title: z.string().trim().min(1).describe('The reading set’s title: shown on the home page, in every page title and in citations.'),
    description: z.string().trim().min(1).optional().describe('One or two sentences about the reading set, shown on the home page and as every page’s description.'),
    language: languageTag
      .default('en')
      .describe('The language of the site’s own words, as a BCP 47 tag ("en", "fr", "pt-BR"; any case). Default: en. Articles in another language say so in their own `language` field.'),
    glossaryLinks: z
      .enum(LINK_MODES)
      .default(DEFAULT_LINK_MODE)
      .describe(
        'Which mentions of a glossary entity become tappable terms: first-per-paragraph (the default: every name in a cited paragraph is explained), every, or first-per-article. All are counted either way.',
      ),
    paper: z
      .enum(PAPER_SIZES)
      .optional()
      .describe('The paper `npm run handouts` prints on: letter or a4. Unset, Letter for a US, Canadian, Mexican or Philippine language tag (en-US), A4 otherwise.'),
  })
  .describe('Gloss site settings (content/site.yaml): the reading set as a whole.');

/** An unset variable and an empty one mean the same: the default. */
const variable = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

/** The environment variables a build, `npm run import` and `npm run glossary:check` read. */
export const EnvironmentSchema = z.object({
  GLOSS_CONTENT_DIR: variable(z.string().default('content')).describe('The content folder (articles/, glossary/, questions/, units/, site.yaml), relative to the working folder. Default: content.'),
  GLOSS_MARKDOWN: variable(z.enum(MARKDOWN_PIPELINES).default('satteri')).describe(
    'The Markdown pipeline for articles, glossary entries and unit instructions: satteri (the default, faster) or unified (remark and rehype); both give the same HTML.',
  ),
  GLOSS_TEACHER: variable(z.string().optional()).describe(
    '1 builds the teacher’s edition, with the answer keys that the site never shows: `npm run handouts` sets it for the teacher’s PDFs, in a scratch folder.',
  ),
  GLOSS_BASE: variable(z.string().default('/')).describe('The path the site is served under, such as /guide/ for https://school.example/guide/. Default: /.'),
  GLOSS_SITE: variable(z.url().optional()).describe('The origin the site is deployed at (https://school.example), for absolute addresses.'),
});

export type SiteFile = z.output<typeof SiteFileSchema>;

/** Where `npm run schema` writes site.yaml's JSON Schema, beside the file (site.yaml names it on its first line, for editors). */
export const SITE_FILE_JSON_SCHEMA = 'content/site.schema.json';

/** site.yaml's JSON Schema, as committed in SITE_FILE_JSON_SCHEMA: what an editor may write (input, before defaults). */
export function siteFileJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(SiteFileSchema, { io: 'input' }), null, 2)}\n`;
}

export interface Environment {
  contentDir: string;
  markdown: MarkdownPipeline;
  /** The teacher's edition (`GLOSS_TEACHER=1`): prints the answer keys. */
  teacherEdition: boolean;
  base: string;
  /** `GLOSS_SITE`. */
  siteUrl: string | undefined;
}

export type Settings = SiteFile & Environment;

type Variables = Readonly<Record<string, string | undefined>>;

/** The `GLOSS_*` variables of `env`, checked: a bad value fails naming the variable. */
export function readEnvironment(env: Variables = process.env): Environment {
  const known = Object.fromEntries(Object.keys(EnvironmentSchema.shape).map((name) => [name, env[name]]));
  const values = validateFields(EnvironmentSchema, known, 'environment');
  return {
    contentDir: values.GLOSS_CONTENT_DIR,
    markdown: values.GLOSS_MARKDOWN,
    teacherEdition: values.GLOSS_TEACHER === '1',
    base: values.GLOSS_BASE,
    siteUrl: values.GLOSS_SITE,
  };
}

/** `<contentDir>/site.yaml`, checked as content files are, with the same messages. */
export function readSiteFile(contentDir: string): SiteFile {
  const file = `${contentDir}/site.yaml`;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (error) {
    throw new ContentError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const text = decodeContentText(bytes, file);
  return validateFields(SiteFileSchema, parseYamlFields(text, file, 'YAML'), file);
}

/** The environment and site.yaml, read now: for tests and tools that set their own environment. */
export function loadSettings(env: Variables = process.env): Settings {
  const environment = readEnvironment(env);
  return { ...readSiteFile(environment.contentDir), ...environment };
}

let cached: Settings | undefined;

/** The build's settings, read on first use and kept for the process (edit site.yaml, then restart `npm run dev`). */
export function settings(): Settings {
  return (cached ??= loadSettings());
}
