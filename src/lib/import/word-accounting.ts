import type { PastedArticle } from './pasted-article.ts';

/**
 * Nothing lost silently, as a count: every word of the input is in the
 * article (title, dek, paragraphs, captions) or in the report (a line listed
 * with what happened to it, a cut, the site's name cut off the title).
 * Words are runs of letters or of digits ("2013Get" is two), without case.
 */
const words = (text: string) => text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];

/** The words of the input that neither the article nor the report shows, each as often as it is missing. */
export function wordsLost(article: PastedArticle): string[] {
  const shown = new Map<string, number>();
  const show = (text: string | undefined) => {
    for (const word of words(text ?? '')) shown.set(word, (shown.get(word) ?? 0) + 1);
  };
  show(article.title);
  show(article.titleSuffix?.cut);
  show(article.dek);
  article.paragraphs.forEach(show);
  for (const caption of article.captions) {
    show(caption.text);
    show(caption.credit);
  }
  for (const cut of article.cuts) show(cut.text);
  // Lines that are not body text are listed in the report as they stood.
  for (const line of article.lines) if (line.role.role !== 'paragraph' && line.role.role !== 'joined' && line.role.role !== 'title') show(line.text);
  const lost: string[] = [];
  for (const line of article.lines) {
    for (const word of words(line.text)) {
      const left = shown.get(word) ?? 0;
      if (left > 0) shown.set(word, left - 1);
      else lost.push(word);
    }
  }
  return lost;
}
