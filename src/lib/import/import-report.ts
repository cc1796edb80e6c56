import { counted } from '../counted.ts';
import type { FileReport } from './import-files.ts';
import type { FieldOrigin } from './metadata.ts';
import type { LineCut } from './paragraph-cleanup.ts';
import type { DropReason, LineRole, PastedArticle, ReadLine } from './pasted-article.ts';

/**
 * The import report, as text: for each file, where its article went, then
 * every line that did not become a body paragraph as it stood (the title and
 * dek, captions, credits, the bio, dropped ads and repeats), line by line,
 * then where each metadata field came from. Nothing is dropped or moved
 * without a line here saying so.
 */

/** Long lines are shown cut: the line number finds the rest. */
const SHOWN = 90;
/** News paragraphs run to a few hundred characters; one this long has usually lost its paragraph breaks in copying. */
const RUN_ON = 1500;
/** Headlines are short; a first line this long is usually the text itself. */
const LONG_TITLE = 200;

const quoted = (text: string) => `“${text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text}”`;

function dropped(reason: DropReason): string {
  switch (reason.why) {
    case 'repeats-line':
      return `dropped: repeats line ${reason.line}`;
    case 'repeats-title':
      return 'dropped: repeats the title';
    case 'repeats-caption':
      return `dropped: repeats caption ${reason.caption}`;
    case 'ad':
      return 'dropped: ad or link-farm line';
    case 'credit-already-given':
      return `dropped: photo credit, already given in full by caption ${reason.caption} (${quoted(reason.credit)})`;
    case 'credit-without-caption':
      return 'dropped: photo credit with no caption left to attach it to';
    case 'another-date':
      return `dropped: another date line (the date line is line ${reason.line})`;
    case 'another-url':
      return `dropped: another address line (the address is line ${reason.line})`;
    case 'subhead':
      return 'subheading: shown in the report only (not a numbered paragraph)';
    case 'junk':
      return 'dropped: nothing but page furniture (the cuts below)';
  }
}

const CAPTION_REASONS = { 'shown-twice': 'shown twice in a row', 'credit-at-end': 'credit taken from its end', 'file-photo': 'a “FILE” photo', marked: 'the page’s figure caption' };

/** What happened to a line, or undefined for a body paragraph kept as it stood. */
function roleText(role: LineRole): string | undefined {
  switch (role.role) {
    case 'paragraph':
      return role.count ? `¶${role.paragraph}–${role.paragraph + role.count - 1}: one paragraph of ${role.count} split at sentence boundaries (the paste had lost its paragraph breaks)` : undefined;
    case 'title':
      return 'title';
    case 'header':
      return `header line → ${role.field}`;
    case 'dek':
      return 'dek (subtitle)';
    case 'joined':
      return `joined to line ${role.from}: ¶${role.paragraph} is hard-wrapped text`;
    case 'caption':
      return `caption ${role.caption} (${CAPTION_REASONS[role.reason]})`;
    case 'credit':
      return `credit of caption ${role.caption}`;
    case 'author-bio':
      return `author bio → author ${quoted(role.author)}${role.outlet ? `, outlet ${quoted(role.outlet)}` : ''}`;
    case 'byline':
      return `byline → author ${quoted(role.author)}${role.date ? `, date ${role.date.iso}` : ''}`;
    case 'date':
      return `date line (${role.date.iso})`;
    case 'url':
      return 'address → url';
    case 'dropped':
      return dropped(role.reason);
  }
}

const CUT_PLACES = { start: 'start', end: 'end' };

/** Every line, with what happened to it; cuts from a paragraph's edges under its line. */
export function lineReport(lines: readonly ReadLine[], cuts: readonly LineCut[] = [], titleSuffix?: PastedArticle['titleSuffix']): string[] {
  const width = String(lines.at(-1)?.n ?? 0).length;
  const joinedTo = new Set(lines.flatMap(({ role }) => (role.role === 'joined' ? [role.from] : [])));
  const out: string[] = [];
  for (const line of lines) {
    const label = `line ${String(line.n).padEnd(width)}`;
    const { role } = line;
    const what = role.role === 'paragraph' && joinedTo.has(line.n) ? `¶${role.paragraph} starts here; the lines after it are joined to it` : roleText(role);
    if (what) out.push(`${label}  ${what}: ${quoted(line.text)}`);
    if (role.role === 'title' && titleSuffix) out.push(`${label}  cut from the title, the site's name → outlet ${quoted(titleSuffix.outlet)}: ${quoted(titleSuffix.cut)}`);
    for (const cut of cuts.filter((c) => c.line === line.n)) {
      out.push(`${label}  cut (${cut.kind}) from the ${CUT_PLACES[cut.at]} of a paragraph: ${quoted(cut.text)}`);
    }
    if (role.role === 'title' && line.text.length > LONG_TITLE) {
      out.push(`${label}  note: the title is ${line.text.length} characters long: was the title left out of the paste?`);
    }
    if (role.role === 'paragraph' && !role.count && line.text.length > RUN_ON) {
      out.push(`${label}  note: ¶${role.paragraph} is ${line.text.length.toLocaleString('en')} characters long: the paste may have lost its paragraph breaks (kept as it is)`);
    }
    if (line.removed.length > 0) {
      const codes = [...new Set(line.removed)].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
      out.push(`${label}  control characters removed: ${codes.join(', ')}`);
    }
  }
  return out;
}

export function fieldReport(origins: readonly FieldOrigin[]): string[] {
  const width = Math.max(...origins.map(({ field }) => field.length));
  return origins
    .filter(({ field }) => field !== 'authorBio') // the bio's line already says where it went
    .map(({ field, value, from, evidence, overrides }) => {
      const how =
        from === 'flag' || from === 'manifest'
          ? `from ${from === 'flag' ? `--${field}` : `the manifest (${evidence})`}${overrides ? ` (the text suggests ${quoted(overrides.value)}, from ${overrides.evidence})` : ''}`
          : from === 'text'
            ? `guessed from ${evidence}`
            : 'default';
      return `${field.padEnd(width)}  ${quoted(value)}  ${how}`;
    });
}


const OUTCOMES = {
  written: { real: 'written', dry: 'would be written' },
  replaced: { real: 'replaced (--force)', dry: 'would be replaced (--force)' },
  unchanged: { real: 'unchanged: already imported', dry: 'unchanged: already imported' },
  duplicate: { real: 'not imported twice', dry: 'not imported twice' },
  failed: { real: 'failed', dry: 'would fail' },
};

/** One file's report; with `quiet`, only a failure's. */
export function fileReport(report: FileReport, { dryRun = false, quiet = false } = {}): string[] {
  const { result } = report;
  const indent = (lines: string[]) => lines.map((line) => `  ${line}`);
  if (report.error) {
    const head = `✗ ${report.error.message}`;
    return quiet || !result.pasted ? [head] : [head, ...indent(lineReport(result.pasted.lines, result.pasted.cuts, result.pasted.titleSuffix))];
  }
  if (quiet || !result.ok) return [];
  if (report.outcome === 'duplicate') return [`${report.input} → ${report.target} (${OUTCOMES.duplicate.real}: the same article as ${report.duplicateOf})`];
  const { pasted, article } = result;
  const parts = [counted(pasted.paragraphs.length, 'paragraph'), counted(pasted.captions.length, 'caption')];
  return [
    `${report.input} → ${report.target} (${OUTCOMES[report.outcome][dryRun ? 'dry' : 'real']})`,
    ...indent([
      parts.join(', '),
      ...(result.page ? [`read from the page by Readability; the lines below are the article's blocks, one a line`] : []),
      ...(result.page?.dropped ?? []).map((drop) => `left out of the page: ${drop.kind}: ${quoted(drop.text)}`),
      ...lineReport(pasted.lines, pasted.cuts, pasted.titleSuffix),
      ...fieldReport(article.origins),
      ...(article.origins.some(({ field }) => field === 'url') ? [] : ['warning: no address (url): citations need it; add a "URL:" line or pass --url']),
    ]),
    ...(article.slugFrom === 'file name' ? ['  the title has no Latin letters or digits: the file name gives the address'] : []),
    ...(report.sharesTitleWith ? [`  ${report.sharesTitleWith} holds another article with this title, so this one takes the next name`] : []),
  ];
}
