/**
 * The paper handouts are printed on: US Letter where schools use it (the
 * United States, Canada, Mexico, the Philippines), A4 everywhere else. A
 * site says which by its language's region ("en-US"), or chooses outright.
 */

export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH']);

export function paperSize(language: string, chosen?: PaperSize): PaperSize {
  if (chosen) return chosen;
  let region: string | undefined;
  try {
    region = new Intl.Locale(language).region;
  } catch {
    region = undefined;
  }
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** Playwright's name for the format of `page.pdf`. */
export const PDF_FORMAT: Record<PaperSize, 'Letter' | 'A4'> = { letter: 'Letter', a4: 'A4' };
