/**
 * "Annotate ¶N": a button after each paragraph's number in the rendered
 * article, for keyboard and screen-reader users (and anyone) to highlight and
 * note that paragraph without selecting text. Shown only where the page's
 * script runs (`data-needs-js`); its icon is drawn by CSS, so the paragraph's
 * text, search excerpts and copied text are unchanged.
 */
const MARKER = /(<a class="pnum" href="#(p(\d+))"[^>]*>\d+<\/a>)/g;

export const annotateButton = (n: string) =>
  `<button type="button" class="work-annotate" data-work="annotate" data-needs-js data-pagefind-ignore aria-label="Annotate ¶${n}"></button>`;

export function withAnnotateControls(html: string): string {
  return html.replace(MARKER, (marker: string, _whole: string, _id: string, n: string) => marker + annotateButton(n));
}
