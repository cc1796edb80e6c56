import { paragraphId } from './paragraphs.ts';

/**
 * A link to several paragraphs ("¶2–3", "¶4, 6") scrolls to the first, the
 * fragment's target, and names them all in `?paragraphs=2-3`, so the opened
 * page marks each one, not only the first (CSS `:target` sees one element).
 */
export const CITED_PARAM = 'paragraphs';

/** Most paragraphs one link may mark: an address is not a way to colour a whole long article. */
const MAX_CITED = 50;

/** The address of `paragraphs` (ascending) on the article page `page`: `page#p4`, or `page?paragraphs=2-3#p2` for several. */
export function citedParagraphsHref(page: string, paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return page;
  const anchor = `#${paragraphId(paragraphs[0]!)}`;
  if (paragraphs.length === 1) return `${page}${anchor}`;
  return `${page}?${CITED_PARAM}=${encodeRuns(paragraphs)}${anchor}`;
}

/** "2-3,7": runs of consecutive numbers as ranges. */
function encodeRuns(paragraphs: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    while (j + 1 < paragraphs.length && paragraphs[j + 1] === paragraphs[j]! + 1) j += 1;
    runs.push(i === j ? `${paragraphs[i]}` : `${paragraphs[i]}-${paragraphs[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}

/** The paragraph numbers a `?paragraphs=` value names, ascending, once each; anything malformed names none. */
export function parseCitedParagraphs(value: string | null): number[] {
  if (!value || !/^\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$/.test(value)) return [];
  const cited = new Set<number>();
  for (const run of value.split(',')) {
    const [from, to = from] = run.split('-').map(Number) as [number, number?];
    for (let n = Math.max(1, from); n <= to && cited.size < MAX_CITED; n += 1) cited.add(n);
  }
  return [...cited].sort((a, b) => a - b);
}
