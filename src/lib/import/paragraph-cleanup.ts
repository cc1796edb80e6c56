import { cutEdgeJunk, type JunkKind } from './edge-junk.ts';
import type { FoundDate } from './find-dates.ts';
import { shouldSplit, splitIntoParagraphs } from './split-paragraphs.ts';

/**
 * The body paragraphs as read line by line, made fit for a reading guide:
 * junk cut from their edges (stamps and the repeated headline only before
 * the lede; tags, footers and sign-offs only after the last sentence; share
 * lines at any paragraph's edge), and run-on paragraphs split at sentence
 * boundaries. Every cut is kept with the line it came from, for the report.
 */

export interface LineCut {
  /** The line the paragraph starts on. */
  line: number;
  kind: JunkKind;
  text: string;
  at: 'start' | 'end';
}

export interface CleanedParagraphs {
  paragraphs: string[];
  /** For each paragraph given, the number of the first it became and how many (0: it was all junk). */
  mapping: { first: number; count: number }[];
  cuts: LineCut[];
  /** What the cut words said about the article. */
  stamp: { date?: { date: FoundDate; line: number }; author?: { author: string; line: number }; agency?: { agency: string; line: number } };
}

export interface CleanupOptions {
  title: string;
  /** Cut nothing (--keep-junk); run-on paragraphs are still split. */
  keepJunk?: boolean;
}

export function cleanParagraphs(paragraphs: readonly { text: string; line: number }[], options: CleanupOptions): CleanedParagraphs {
  const result: CleanedParagraphs = { paragraphs: [], mapping: [], cuts: [], stamp: {} };
  const isOnly = paragraphs.length === 1;
  paragraphs.forEach(({ text, line }, index) => {
    const isFirst = index === 0;
    const isLast = index === paragraphs.length - 1;
    const cut = (piece: string, edges: { atStart: boolean; isLast: boolean }) => {
      if (options.keepJunk) return piece;
      const junk = cutEdgeJunk(piece, { ...(edges.atStart ? { title: options.title } : {}), isLast: edges.isLast, stampsAtStart: edges.atStart });
      result.cuts.push(...junk.cuts.map((c) => ({ line, ...c })));
      if (junk.date) result.stamp.date ??= { date: junk.date, line };
      if (junk.author) result.stamp.author ??= { author: junk.author, line };
      if (junk.agency) result.stamp.agency ??= { agency: junk.agency, line };
      return junk.text;
    };
    const cleaned = cut(text, { atStart: isFirst, isLast });
    const pieces = shouldSplit(cleaned, isOnly) ? splitIntoParagraphs(cleaned) : [cleaned];
    // Share lines and the like can sit at any sentence edge once the text is split.
    const kept = (pieces.length > 1 ? pieces.map((piece, at) => cut(piece, { atStart: false, isLast: isLast && at === pieces.length - 1 })) : pieces).filter(
      (piece) => piece !== '',
    );
    result.mapping.push({ first: result.paragraphs.length + 1, count: kept.length });
    result.paragraphs.push(...kept);
  });
  return result;
}
