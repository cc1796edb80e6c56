import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { ContentError } from '../lib/content/content-error.ts';
import { parseYamlFields } from '../lib/content/frontmatter.ts';
import { languageTag } from '../lib/content/schemas.ts';
import { validateFields } from '../lib/content/schema-errors.ts';
import { decodeContentText } from '../lib/import/decode-text.ts';
import { PAPER_SIZES } from '../lib/classroom/paper.ts';
import { DEFAULT_LINK_MODE, LINK_MODES } from '../lib/glossary/link-terms.ts';

const SettingsSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
  language: languageTag.default('en'),
  /** Which mentions of a glossary entity become tappable terms (all are counted either way). */
  glossaryLinks: z.enum(LINK_MODES).default(DEFAULT_LINK_MODE),
  paper: z
    .enum(PAPER_SIZES)
    .optional()
    .describe('The paper `npm run handouts` prints on: letter or a4. Unset, Letter for a US, Canadian, Mexican or Philippine language tag (en-US), A4 otherwise.'),
});

export type SiteSettings = z.infer<typeof SettingsSchema>;

function loadSettings(): SiteSettings {
  const file = `${process.env.GLOSS_CONTENT_DIR ?? 'content'}/site.yaml`;
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(file));
  } catch (error) {
    throw new ContentError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const text = decodeContentText(bytes, file);
  return validateFields(SettingsSchema, parseYamlFields(text, file, 'YAML'), file);
}

/**
 * The teacher's edition (`GLOSS_TEACHER=1`), built only by `npm run handouts`
 * into a scratch folder: it prints the answer keys that the site never shows.
 */
export const teacherEdition = process.env.GLOSS_TEACHER === '1';

/** The reading set's title, description and language, from content/site.yaml. */
export const settings: SiteSettings = loadSettings();
