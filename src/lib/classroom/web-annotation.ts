/**
 * A student's work as a W3C Web Annotation file (JSON-LD): one
 * AnnotationCollection whose page holds an Annotation per highlight and per
 * answer. A highlight targets the article's address with a FragmentSelector
 * (the ¶ id) refined by a TextPositionSelector within that paragraph, and,
 * as an alternative other tools read, a TextQuoteSelector. An answer targets
 * its question (quoted) on the page that asks it. Read back, a file that is
 * not ours or is damaged gets a plain message, never an exception.
 * https://www.w3.org/TR/annotation-model/
 */
import type { Anchor } from './anchoring.ts';
import { DOC_PATTERN, MEANING_LABELS, MEANINGS, isAnchor, type Answer, type Highlight, type Meaning, type PageWork } from './student-work.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const GENERATOR_NAME = 'Gloss';
const FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3986';
const ANSWER_FRAGMENT = /^answer-((?:evidence|discussion)-\d+)$/;

/** The file's own words: who, when, and every page's work. */
export interface WorkFile {
  student: string;
  created: string;
  pages: PageWork[];
}

type Json = Record<string, unknown>;

const meaningFromLabel = (label: string): Meaning | undefined => MEANINGS.find((meaning) => MEANING_LABELS[meaning].toLowerCase() === label.toLowerCase());
const motivationOf = (highlight: Highlight) => (highlight.meaning === 'question' ? 'questioning' : highlight.note.trim() ? 'commenting' : 'highlighting');

function highlightAnnotation(highlight: Highlight, source: string, creator: Json): Json {
  const { anchor } = highlight;
  const body: Json[] = [{ type: 'TextualBody', purpose: 'tagging', value: MEANING_LABELS[highlight.meaning].toLowerCase() }];
  if (highlight.note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: highlight.note, format: 'text/plain' });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${highlight.id}`,
    type: 'Annotation',
    motivation: motivationOf(highlight),
    created: highlight.created,
    modified: highlight.modified,
    creator,
    body,
    target: {
      source,
      selector: [
        {
          type: 'FragmentSelector',
          conformsTo: FRAGMENT_SPEC,
          value: anchor.paragraph,
          refinedBy: { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
        },
        { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
      ],
    },
  };
}

function answerAnnotation(answer: Answer, source: string, creator: Json, id: string): Json {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    motivation: 'replying',
    modified: answer.modified,
    creator,
    body: { type: 'TextualBody', purpose: 'replying', value: answer.text, format: 'text/plain' },
    target: {
      source,
      selector: [
        { type: 'FragmentSelector', conformsTo: FRAGMENT_SPEC, value: `answer-${answer.question}` },
        { type: 'TextQuoteSelector', exact: answer.prompt },
      ],
    },
  };
}

/**
 * The file for `work`. `siteUrl` is the site's address with its base
 * (`https://school.example/guide/`); `newId` makes the collection's and the
 * answers' ids (crypto.randomUUID in the browser).
 */
export function toWebAnnotation(work: WorkFile, siteUrl: string, newId: () => string): Json {
  const creator = { type: 'Person', name: work.student };
  const items = work.pages.flatMap((page) => {
    const source = new URL(`${page.doc}/`, siteUrl).href;
    return [
      ...page.highlights.map((highlight) => highlightAnnotation(highlight, source, creator)),
      ...page.answers.filter((answer) => answer.text.trim() !== '').map((answer) => answerAnnotation(answer, source, creator, newId())),
    ];
  });
  const titles = Object.fromEntries(work.pages.map((page) => [new URL(`${page.doc}/`, siteUrl).href, page.title]));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `urn:uuid:${newId()}`,
    type: 'AnnotationCollection',
    label: work.student ? `${work.student}’s work` : 'Student’s work',
    creator,
    created: work.created,
    generator: { id: siteUrl, type: 'Software', name: GENERATOR_NAME },
    total: items.length,
    // Not part of the model: the pages' titles, so the file reads without the site. Other tools ignore it.
    'gloss:titles': titles,
    first: { id: `urn:uuid:${newId()}`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export type ReadResult = { ok: true; file: WorkFile; skipped: number } | { ok: false; message: string };

export const NOT_JSON = 'This file is not a Gloss work file: it is not a Web Annotation (JSON) file. Choose the .json file that “Download my work” saved.';
export const NOT_OURS = 'This file is not a Gloss work file: it holds no annotations made by Gloss. Choose the .json file that “Download my work” saved.';
export const DAMAGED = 'This Gloss work file is damaged: none of the work in it could be read. Ask for the file again, or download it again from the device it was made on.';

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const hasType = (value: Json, type: string) => list(value.type).includes(type);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** `https://host/guide/articles/x/` → `articles/x`, wherever the site was when the file was made. */
export function docOfSource(source: string): string | undefined {
  let path: string;
  try {
    path = new URL(source).pathname;
  } catch {
    return undefined;
  }
  const match = /(?:^|\/)((?:articles|units)\/[^/]+)\/?$/.exec(path);
  return match && DOC_PATTERN.test(match[1]!) ? decodeURIComponent(match[1]!) : undefined;
}

interface Read {
  doc: string;
  highlight?: Highlight;
  answer?: Answer;
}

function readAnnotation(value: unknown): Read | undefined {
  if (!isRecord(value) || !hasType(value, 'Annotation') || !isRecord(value.target)) return undefined;
  const doc = docOfSource(text(value.target.source));
  if (!doc) return undefined;
  const selectors = list(value.target.selector).filter(isRecord);
  const fragment = selectors.find((selector) => hasType(selector, 'FragmentSelector'));
  const quote = selectors.find((selector) => hasType(selector, 'TextQuoteSelector'));
  const bodies = list(value.body).filter(isRecord);
  const id = text(value.id).replace(/^urn:uuid:/, '');
  const modified = text(value.modified) || text(value.created);
  const answerKey = ANSWER_FRAGMENT.exec(text(fragment?.value))?.[1];
  if (answerKey) {
    const reply = bodies.find((body) => body.purpose === 'replying') ?? bodies[0];
    if (!reply || typeof reply.value !== 'string') return undefined;
    return { doc, answer: { question: answerKey, prompt: text(quote?.exact), text: reply.value, modified } };
  }
  const position = isRecord(fragment?.refinedBy) && hasType(fragment.refinedBy, 'TextPositionSelector') ? fragment.refinedBy : undefined;
  const anchor: Partial<Anchor> = {
    paragraph: text(fragment?.value),
    exact: quote?.exact as string,
    prefix: text(quote?.prefix),
    suffix: text(quote?.suffix),
    start: position?.start as number,
    end: position?.end as number,
  };
  const tag = bodies.find((body) => body.purpose === 'tagging');
  const meaning = meaningFromLabel(text(tag?.value)) ?? 'evidence';
  const note = bodies.find((body) => body.purpose === 'commenting');
  if (!isAnchor(anchor) || !id) return undefined;
  return { doc, highlight: { id, anchor, meaning, note: text(note?.value), created: text(value.created) || modified, modified } };
}

/** Reads a file's text back into work; what is not ours or is damaged gets a message to show the reader. */
export function fromWebAnnotation(json: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: NOT_JSON };
  }
  if (!isRecord(value) || !hasType(value, 'AnnotationCollection')) return { ok: false, message: NOT_OURS };
  if (!isRecord(value.generator) || value.generator.name !== GENERATOR_NAME) return { ok: false, message: NOT_OURS };
  const page = value.first;
  if (!isRecord(page) || !Array.isArray(page.items)) return { ok: false, message: DAMAGED };
  const titles = isRecord(value['gloss:titles']) ? value['gloss:titles'] : {};
  const pages = new Map<string, PageWork>();
  let skipped = 0;
  for (const item of page.items) {
    const read = readAnnotation(item);
    if (!read) {
      skipped += 1;
      continue;
    }
    let work = pages.get(read.doc);
    if (!work) {
      const title = Object.entries(titles).find(([source]) => docOfSource(source) === read.doc)?.[1];
      work = { doc: read.doc, title: text(title) || read.doc, highlights: [], answers: [] };
      pages.set(read.doc, work);
    }
    if (read.highlight) work.highlights.push(read.highlight);
    if (read.answer) work.answers.push(read.answer);
  }
  if (pages.size === 0 && page.items.length > 0) return { ok: false, message: DAMAGED };
  const student = isRecord(value.creator) ? text(value.creator.name) : '';
  return { ok: true, file: { student, created: text(value.created), pages: [...pages.values()] }, skipped };
}
