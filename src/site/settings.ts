import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { ContentError } from '../lib/content/content-error.ts';
import { PAPER_SIZES } from '../lib/classroom/paper.ts';
import { DEFAULT_LINK_MODE, LINK_MODES, type LinkModeName } from '../lib/glossary/paragraph-linker.ts';

const SettingsSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
  language: z.string().default('en'),
  /** Which mentions of a glossary entity become tappable terms (all are counted either way). */
  glossaryLinks: z.enum(Object.keys(LINK_MODES) as [LinkModeName, ...LinkModeName[]]).default(DEFAULT_LINK_MODE),
  paper: z
    .enum(PAPER_SIZES)
    .optional()
    .describe('The paper `npm run handouts` prints on: letter or a4. Unset, Letter for a US, Canadian, Mexican or Philippine language tag (en-US), A4 otherwise.'),
});

export type SiteSettings = z.infer<typeof SettingsSchema>;

function loadSettings(): SiteSettings {
  const file = `${process.env.GLOSS_CONTENT_DIR ?? 'content'}/site.yaml`;
  let raw: unknown;
  try {
    raw = parse(readFileSync(resolve(file), 'utf8'));
  } catch (error) {
    throw new ContentError(file, error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  }
  const result = SettingsSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError(file, issue?.message ?? 'invalid', issue?.path.join('.'));
  }
  return result.data;
}

/**
 * The teacher's edition (`GLOSS_TEACHER=1`), built only by `npm run handouts`
 * into a scratch folder: it prints the answer keys that the site never shows.
 */
export const teacherEdition = process.env.GLOSS_TEACHER === '1';

/** The reading set's title, description and language, from content/site.yaml. */
export const settings: SiteSettings = loadSettings();
