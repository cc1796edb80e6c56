import { citedParagraphsHref } from '../../article-body/cited-paragraphs.ts';
import { findParagraphRefs, findUnitRefs } from '../paragraph-refs.ts';
import { escapeHtml } from './xml.ts';

/** Where a question's references point: one article's page, or a unit's articles' pages (Text 1 first). */
export type QuestionTarget = { articleUrl: string } | { textUrls: readonly string[] };

/**
 * A question as HTML, each paragraph reference ("¶3–5", "Text 2, paragraph 4")
 * a link to those paragraphs on the deployed site, as the site's own question
 * lists link them (see QuestionText.astro); the rest of the text escaped.
 */
export function questionHtml(text: string, target: QuestionTarget): string {
  const refs =
    'articleUrl' in target
      ? findParagraphRefs(text).map((ref) => ({ ...ref, page: target.articleUrl as string | undefined }))
      : findUnitRefs(text).map((ref) => ({
          ...ref,
          // A bare "¶3" in a unit of one article means that article.
          page: ref.text !== undefined ? target.textUrls[ref.text - 1] : target.textUrls.length === 1 ? target.textUrls[0] : undefined,
        }));
  let html = '';
  let at = 0;
  for (const ref of refs) {
    if (ref.page === undefined) continue;
    html += escapeHtml(text.slice(at, ref.start));
    html += `<a href="${escapeHtml(citedParagraphsHref(ref.page, ref.paragraphs))}">${escapeHtml(text.slice(ref.start, ref.end))}</a>`;
    at = ref.end;
  }
  return html + escapeHtml(text.slice(at));
}
