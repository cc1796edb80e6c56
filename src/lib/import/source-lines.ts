/** One non-blank line of a pasted article, as the importer reads it. */
export interface SourceLine {
  /** 1-based line number in the file, for the report. */
  n: number;
  /** The line with its whitespace normalised: trimmed, runs of spaces and tabs made one space. */
  text: string;
  /** Which run of lines between blank lines it belongs to (hard-wrapped paragraphs never cross one). */
  block: number;
  /** Control characters taken out of the line (they are never text a reader should see). */
  removed: string[];
}

/**
 * Whitespace that is only layout: collapsed to one space. No-break spaces
 * (U+00A0, U+2007, U+202F) are kept inside a line: they hold "100 km" or
 * "Deir ez-Zor" together on purpose.
 */
const LAYOUT_SPACE = /[\t\v\f \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/gu;
/** C0 and C1 controls other than the whitespace above, and DEL. */
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/gu;

/** The non-blank lines of a text, numbered, normalised and grouped into blocks. */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let block = 0;
  let previousBlank = true;
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const removed = raw.match(CONTROL) ?? [];
    const line = (removed.length > 0 ? raw.replace(CONTROL, '') : raw).replace(LAYOUT_SPACE, ' ').trim();
    if (line === '') {
      previousBlank = true;
      return;
    }
    if (previousBlank && lines.length > 0) block += 1;
    previousBlank = false;
    lines.push({ n: index + 1, text: line, block, removed });
  });
  return lines;
}

/** The same normalisation, for one line of text. */
export function normaliseLine(text: string): string {
  return text.replace(CONTROL, '').replace(LAYOUT_SPACE, ' ').trim();
}
