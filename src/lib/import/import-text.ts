import { basename, extname } from 'node:path';
import { ContentError } from '../content/content-error.ts';
import { parseMarkdownFile } from '../content/frontmatter.ts';
import { ArticleSchema } from '../content/schemas.ts';
import { validateFields } from '../content/schema-errors.ts';
import { articleMarkdown, type ArticleFields } from './article-file.ts';
import { decodeText } from './decode-text.ts';
import { articleMetadata, type FieldOrigin, type MetadataFlags } from './metadata.ts';
import { readPastedArticle, type PastedArticle, type ReadOptions } from './pasted-article.ts';
import { htmlArticle, type HtmlArticle, type PageDrop } from './html-article.ts';
import { slugify } from './slug.ts';

/** Whether a file is a web page: by its name, or by its first bytes. */
export function isHtml(file: string, text: string): boolean {
  return /\.html?$/iu.test(file) || /^\s*(?:<!doctype html|<html[\s>])/iu.test(text.slice(0, 500));
}

export interface ImportOptions extends MetadataFlags, ReadOptions {
  /** The address a web page was fetched from: its `url`. */
  fetchedFrom?: string;
}

export interface ImportedArticle {
  /** The slug the title gives, before it is made unique among the other articles. */
  slug: string;
  /** Whether the slug came from the title or, for a title with no Latin letters or digits, the file's name. */
  slugFrom: 'title' | 'file name';
  fields: ArticleFields;
  /** Body paragraphs as plain text, as they must read on the page. */
  paragraphs: string[];
  /** The article file's content. */
  markdown: string;
  origins: FieldOrigin[];
}

export type ImportResult =
  /** `page`: what the web-page reader left out, when the input was HTML. */
  | { ok: true; pasted: PastedArticle; article: ImportedArticle; page?: { dropped: PageDrop[] } }
  /** `pasted` is there when the text could be read, so the report can still show each line. */
  | { ok: false; pasted?: PastedArticle; error: ContentError };

const HOW_TO_GIVE: Partial<Record<keyof ArticleFields, string>> = {
  source: 'no outlet in the text (no author bio, wire dateline or “More from …” line): pass --source "Outlet name" (or give it in a manifest or a "Source:" line)',
  published: 'no date in the text (no date line, dateline or dated news-photo caption): pass --published YYYY-MM-DD (or give it in a manifest or a "Published:" line)',
};

/**
 * One pasted article, from its bytes to the Markdown file Gloss builds: the
 * text is read, the metadata taken from flags or guessed, and the file is
 * checked against the same schema as the build, so that what is written
 * always builds. Fails with a ContentError naming the file and the field.
 */
export function importText(bytes: Uint8Array, file: string, options: ImportOptions = {}): ImportResult {
  let pasted: PastedArticle | undefined;
  try {
    const text = decodeText(bytes, file);
    const page = isHtml(file, text) ? htmlArticle(text, file, options.fetchedFrom) : undefined;
    pasted = readPastedArticle(page ? page.text : text, options);
    if (!pasted) throw new ContentError(file, 'no text (only control characters)');
    if (pasted.paragraphs.length === 0) {
      throw new ContentError(file, `no paragraphs: after the title, ${pasted.lines.length - 1} line(s) were all captions, credits, dates or ads (listed below)`);
    }
    return { ok: true, pasted, article: toArticle(pasted, file, options, page), ...(page ? { page: { dropped: page.dropped } } : {}) };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return pasted ? { ok: false, pasted, error } : { ok: false, error };
  }
}

/** For a web page: each header line's evidence is where on the page its value was read; the page's language is used unless one is given. */
function pageOrigins(origins: FieldOrigin[], page: HtmlArticle): FieldOrigin[] {
  return origins.map((origin) => {
    if (origin.field === 'language' && origin.from === 'default' && page.metadata.language) {
      try {
        const [tag] = Intl.getCanonicalLocales(page.metadata.language.value);
        if (tag) return { field: 'language', value: tag, from: 'text', evidence: `the page's ${page.metadata.language.from}` };
      } catch {
        // Not a language tag: the default stands.
      }
    }
    const from = origin.field !== 'language' && origin.field !== 'authorBio' ? page.evidence[origin.field] : undefined;
    if (from && origin.from === 'text' && origin.evidence?.startsWith('the header line')) return { ...origin, evidence: from };
    return origin;
  });
}

function toArticle(pasted: PastedArticle, file: string, options: ImportOptions, page?: HtmlArticle): ImportedArticle {
  const read = articleMetadata(pasted, options);
  const origins = page ? pageOrigins(read, page) : read;
  const value = (field: FieldOrigin['field']) => origins.find((origin) => origin.field === field)?.value;
  const missing = (['source', 'published'] as const).filter((field) => value(field) === undefined);
  if (missing.length === 1) throw new ContentError(file, HOW_TO_GIVE[missing[0]!]!, missing[0]);
  if (missing.length > 1) throw new ContentError(file, missing.map((field) => `field "${field}": ${HOW_TO_GIVE[field]}`).join('; '));
  const optional = (field: FieldOrigin['field']) => {
    const found = value(field);
    return found === undefined ? {} : { [field]: found };
  };
  const fields: ArticleFields = {
    title: pasted.title,
    ...(pasted.dek ? { dek: pasted.dek } : {}),
    source: value('source')!,
    ...optional('author'),
    ...optional('authorBio'),
    published: value('published')!,
    ...optional('url'),
    language: value('language')!,
    captions: pasted.captions.map(({ text, credit }) => (credit ? { text, credit } : { text })),
  };
  const markdown = articleMarkdown(fields, pasted.paragraphs);
  // Read the file back as the build will: what is written must build.
  validateFields(ArticleSchema, parseMarkdownFile(markdown, file).data, file);
  const fromTitle = slugify(pasted.title);
  const slug = fromTitle || slugify(basename(file, extname(file))) || 'article';
  return { slug, slugFrom: fromTitle ? 'title' : 'file name', fields, paragraphs: pasted.paragraphs, markdown, origins };
}
