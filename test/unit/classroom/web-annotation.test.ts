import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../src/lib/classroom/anchoring.ts';
import type { PageWork } from '../../../src/lib/classroom/student-work.ts';
import { DAMAGED, NOT_JSON, NOT_OURS, docOfSource, fromWebAnnotation, toWebAnnotation, type WorkFile } from '../../../src/lib/classroom/web-annotation.ts';

const TEXT = 'The Russian defense ministry said U.S. jets killed more than 60 Syrian soldiers in the eastern city.';
const start = TEXT.indexOf('more than 60');
const page: PageWork = {
  doc: 'articles/syria-truce',
  title: 'Syria Truce in Peril',
  highlights: [
    { id: '11111111-1111-4111-8111-111111111111', anchor: anchorOf('p3', TEXT, start, start + 28), meaning: 'evidence', note: 'Sixty, or 62?', created: '2026-11-30T07:00:00.000Z', modified: '2026-11-30T07:05:00.000Z' },
    { id: '22222222-2222-4222-8222-222222222222', anchor: anchorOf('p3', TEXT, 0, 3), meaning: 'word', note: '', created: '2026-11-30T07:01:00.000Z', modified: '2026-11-30T07:01:00.000Z' },
  ],
  answers: [{ question: 'evidence-1', prompt: 'According to ¶2–3, what event raised tensions?', text: 'A strike on Syrian soldiers.', modified: '2026-11-30T07:10:00.000Z' }],
};
const unit: PageWork = { doc: 'units/september', title: 'The cease-fire', highlights: [], answers: [{ question: 'discussion-2', prompt: 'Compare.', text: 'They differ.', modified: '2026-11-30T07:20:00.000Z' }] };
const work: WorkFile = { student: 'Ana Student', created: '2026-11-30T08:00:00.000Z', pages: [page, unit] };
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
const SITE = 'https://school.example/guide/';

type Json = Record<string, any>;

describe('the Web Annotation file', () => {
  const file = toWebAnnotation(work, SITE, newId) as Json;
  const items = file.first.items as Json[];

  it('is an AnnotationCollection with the model’s required fields, made by Gloss, naming the student', () => {
    expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    expect(file.id).toMatch(/^urn:uuid:/);
    expect(file.total).toBe(4);
    expect(items).toHaveLength(4);
    expect(file.creator).toEqual({ type: 'Person', name: 'Ana Student' });
    expect(file.generator).toMatchObject({ type: 'Software', name: 'Gloss' });
    expect(file.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    for (const item of items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['@context', 'id', 'type', 'body', 'target']));
      expect(item.type).toBe('Annotation');
      expect(item.target.selector.length).toBeGreaterThan(0);
    }
  });

  it('targets a highlight by the article’s address and ¶ id, refined by position, with the quote as an alternative', () => {
    expect(items[0]).toMatchObject({
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'evidence' },
        { type: 'TextualBody', purpose: 'commenting', value: 'Sixty, or 62?', format: 'text/plain' },
      ],
      target: {
        source: 'https://school.example/guide/articles/syria-truce/',
        selector: [
          { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: 'p3', refinedBy: { type: 'TextPositionSelector', start, end: start + 28 } },
          { type: 'TextQuoteSelector', exact: 'more than 60 Syrian soldiers', prefix: TEXT.slice(start - 32, start), suffix: ' in the eastern city.' },
        ],
      },
    });
    expect(items[1]).toMatchObject({ motivation: 'highlighting', body: [{ purpose: 'tagging', value: 'new word' }] });
  });

  it('carries an answer as a reply to its question, quoted, on the page that asks it', () => {
    expect(items[2]).toMatchObject({
      motivation: 'replying',
      body: { type: 'TextualBody', purpose: 'replying', value: 'A strike on Syrian soldiers.' },
      target: { source: 'https://school.example/guide/articles/syria-truce/', selector: [{ type: 'FragmentSelector', value: 'answer-evidence-1' }, { type: 'TextQuoteSelector', exact: page.answers[0]!.prompt }] },
    });
  });

  it('reads back to the same work, wherever the site was served from', () => {
    const read = fromWebAnnotation(JSON.stringify(file));
    expect(read).toEqual({ ok: true, file: work, skipped: 0 });
  });

  it('reads the work that is whole in a partly damaged file, and counts what it left out', () => {
    const damaged = structuredClone(file);
    damaged.first.items[1].target.selector = [];
    damaged.first.items.push({ type: 'Annotation', target: { source: 'https://elsewhere.example/about/' } });
    const read = fromWebAnnotation(JSON.stringify(damaged));
    expect(read.ok && read.skipped).toBe(2);
    expect(read.ok && read.file.pages[0]!.highlights).toHaveLength(1);
  });

  it('gives a plain message for a file that is not JSON, not ours, or damaged throughout', () => {
    expect(fromWebAnnotation('%PDF-1.7')).toEqual({ ok: false, message: NOT_JSON });
    expect(fromWebAnnotation('{"name": "package.json"}')).toEqual({ ok: false, message: NOT_OURS });
    expect(fromWebAnnotation('[1, 2, 3]')).toEqual({ ok: false, message: NOT_OURS });
    expect(fromWebAnnotation(JSON.stringify({ ...file, generator: { name: 'Hypothesis' } }))).toEqual({ ok: false, message: NOT_OURS });
    expect(fromWebAnnotation(JSON.stringify({ ...file, first: 'nothing' }))).toEqual({ ok: false, message: DAMAGED });
    expect(fromWebAnnotation(JSON.stringify({ ...file, first: { ...file.first, items: [{ type: 'Annotation' }, null, 7] } }))).toEqual({ ok: false, message: DAMAGED });
  });
});

describe('docOfSource', () => {
  it('finds the article or unit in an address, under any base', () => {
    expect(docOfSource('https://school.example/guide/articles/syria-truce/')).toBe('articles/syria-truce');
    expect(docOfSource('http://localhost:4321/units/september/')).toBe('units/september');
    expect(docOfSource('https://school.example/glossary/kerry/')).toBeUndefined();
    expect(docOfSource('not a url')).toBeUndefined();
  });
});
