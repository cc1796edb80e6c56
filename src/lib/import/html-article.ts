import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ContentError } from '../content/content-error.ts';
import type { HeaderField } from './header-lines.ts';
import { pageMetadata, type PageMetadata } from './page-metadata.ts';

/**
 * A saved web page (or a fetched one) as the importer reads pastes: the
 * article found by Readability.js (Firefox's Reader View, chosen over
 * defuddle by word F1 on ../shared/web-pages, see bench/RESULTS.md), its
 * blocks one a line (paragraphs from p, blockquote and list items; figure
 * captions marked `Caption:`; subheads marked `Subhead:`), under header
 * lines for the metadata the page states. The paste reader then does the
 * rest (bylines, share lines, junk at the edges), and the report says what
 * went where. Embedded posts, videos and lists of links are left out and
 * listed.
 */

export interface PageDrop {
  kind: 'embedded post' | 'video or frame' | 'related links' | 'form or newsletter box';
  text: string;
}

export interface HtmlArticle {
  /** The article as a paste: header lines, the title, then a block a line. */
  text: string;
  metadata: PageMetadata;
  /** Where each header line's value came from on the page. */
  evidence: Partial<Record<HeaderField, string>>;
  dropped: PageDrop[];
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'TABLE', 'SECTION', 'ARTICLE', 'PRE', 'DL', 'ASIDE', 'HEADER', 'FOOTER']);
const EMBED_CLASS = /\b(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|embed)\b/iu;
const BOX_CLASS = /\b(?:newsletter|subscribe|signup|sign-up|related|promo|share)\b/iu;

/** Fewer letters than this is a menu, a log-in page or an error page, not an article (letters, not words: Japanese has no spaces). */
const MIN_ARTICLE_LETTERS = 200;

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

function hasBlockChild(element: Element): boolean {
  return [...element.children].some((child) => BLOCK_TAGS.has(child.tagName) || hasBlockChild(child));
}

/** Whether a list is only links (a "related stories" box). */
function isLinkList(element: Element): boolean {
  const items = [...element.querySelectorAll('li')];
  return items.length > 0 && items.every((item) => oneLine(item.textContent) === oneLine([...item.querySelectorAll('a')].map((a) => a.textContent).join(' ')));
}

/** A paragraph that is nothing but a link ("[Read: …]", "Read the full transcript"): a pointer elsewhere, not the story's text. */
function isOnlyLink(element: Element): boolean {
  const links = [...element.querySelectorAll('a')];
  if (links.length === 0) return false;
  const bare = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');
  return bare(element.textContent ?? '') === bare(links.map((a) => a.textContent ?? '').join(''));
}

/** The article's blocks as lines. */
function blockLines(root: Element, dropped: PageDrop[]): string[] {
  const lines: string[] = [];
  const walk = (element: Element) => {
    const tag = element.tagName;
    const text = oneLine(element.textContent);
    const className = element.getAttribute('class') ?? '';
    if (tag === 'IFRAME' || tag === 'VIDEO' || tag === 'AUDIO' || tag === 'OBJECT' || tag === 'EMBED') {
      dropped.push({ kind: 'video or frame', text: element.getAttribute('src') ?? tag.toLowerCase() });
      return;
    }
    if (tag === 'FORM' || (BOX_CLASS.test(className) && text.length < 400 && tag !== 'P')) {
      if (text) dropped.push({ kind: tag === 'FORM' ? 'form or newsletter box' : BOX_CLASS.exec(className)![0].toLowerCase().startsWith('related') ? 'related links' : 'form or newsletter box', text });
      return;
    }
    if (EMBED_CLASS.test(className)) {
      if (text) dropped.push({ kind: 'embedded post', text });
      return;
    }
    if ((tag === 'UL' || tag === 'OL') && isLinkList(element) && element.querySelectorAll('li').length > 1) {
      dropped.push({ kind: 'related links', text });
      return;
    }
    if ((tag === 'P' || tag === 'LI' || tag === 'DIV') && isOnlyLink(element)) {
      dropped.push({ kind: 'related links', text });
      return;
    }
    if (tag === 'FIGURE') {
      const caption = element.querySelector('figcaption');
      if (caption && oneLine(caption.textContent)) lines.push(`Caption: ${oneLine(caption.textContent)}`);
      return;
    }
    if (tag === 'FIGCAPTION') {
      if (text) lines.push(`Caption: ${text}`);
      return;
    }
    if (/^H[1-6]$/u.test(tag)) {
      if (text) lines.push(`Subhead: ${text}`);
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (!hasBlockChild(element)) {
      if (text) lines.push(text);
      return;
    }
    // A container: its loose text between blocks is a paragraph too.
    let loose = '';
    const flush = () => {
      if (oneLine(loose)) lines.push(oneLine(loose));
      loose = '';
    };
    for (const child of element.childNodes) {
      if (child.nodeType === 3) loose += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const childElement = child as Element;
        if (BLOCK_TAGS.has(childElement.tagName) || hasBlockChild(childElement) || childElement.tagName === 'IFRAME') {
          flush();
          walk(childElement);
        } else loose += childElement.textContent ?? '';
      }
    }
    flush();
  };
  walk(root);
  return lines;
}

/** What Readability alone extracts, as text (the bench's baseline). */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

export function htmlArticle(html: string, file: string, address?: string): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document as unknown as Document);
  if (address) metadata.url = { value: address, from: 'the address it was fetched from' };
  const parsed = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  const dropped: PageDrop[] = [];
  const content = parsed?.content ? parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body : undefined;
  const lines = content ? blockLines(content as unknown as Element, dropped) : [];
  const letters = (lines.filter((line) => !/^(?:Caption|Subhead):/u.test(line)).join('').match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (letters < MIN_ARTICLE_LETTERS) {
    throw new ContentError(file, `no article found in this page (${letters === 0 ? 'no text' : `only ${letters} letters of text`} where the article should be): is it a saved news article page?`);
  }
  const title = oneLine(metadata.title?.value ?? parsed?.title ?? lines[0]);
  const headers: string[] = [];
  const evidence: HtmlArticle['evidence'] = {};
  const header = (field: HeaderField, name: string, value: { value: string; from: string } | undefined) => {
    if (!value || !oneLine(value.value)) return;
    headers.push(`${name}: ${oneLine(value.value)}`);
    evidence[field] = `the page's ${value.from}`;
  };
  header('source', 'Source', metadata.source);
  header('published', 'Published', metadata.published);
  header('url', 'URL', metadata.url);
  const byline = metadata.author ?? (parsed?.byline ? { value: parsed.byline.replace(/^(?:by|par|por|von)\s+/iu, ''), from: 'byline (found by Readability)' } : undefined);
  header('author', 'Author', byline);
  return { text: [...headers, title, '', ...lines.flatMap((line) => [line, ''])].join('\n'), metadata, evidence, dropped };
}
