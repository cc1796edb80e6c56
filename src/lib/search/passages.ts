/** An element with an id in an indexed page, at a word position, as Pagefind reports them. */
export interface PageAnchor {
  id: string;
  location: number;
}

/** Citable blocks: paragraphs `p7` and captions `caption-1`. */
const CITABLE = /^(?:p\d+|caption-\d+)$/;

/** Matched words this close together read as one phrase. */
const NEAR = 2;
/** A phrase outweighs any number of scattered single words. */
const PHRASE_BONUS = 1000;

/**
 * The paragraph (or caption) a result should link to, `#p7`: the citable
 * block where the matched words stand together (for "humanitarian
 * corridors", the paragraph with the phrase, not one that says
 * "humanitarian" twice), else the one with the most matches; the earliest on a tie.
 */
export function passageAnchor(matchLocations: readonly number[], anchors: readonly PageAnchor[]): string | undefined {
  const blocks = anchors.filter((anchor) => CITABLE.test(anchor.id)).sort((a, b) => a.location - b.location);
  const counts = new Map<string, number>();
  let previous: { location: number; holder: string } | undefined;
  for (const location of [...matchLocations].sort((a, b) => a - b)) {
    let holder: string | undefined;
    for (const block of blocks) {
      if (block.location > location) break;
      holder = block.id;
    }
    if (!holder) continue;
    const phrase = previous?.holder === holder && location - previous.location <= NEAR;
    counts.set(holder, (counts.get(holder) ?? 0) + 1 + (phrase ? PHRASE_BONUS : 0));
    previous = { location, holder };
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const block of blocks) {
    const count = counts.get(block.id) ?? 0;
    if (count > bestCount) [best, bestCount] = [block.id, count];
  }
  return best;
}
