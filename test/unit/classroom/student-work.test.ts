import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../src/lib/classroom/anchoring.ts';
import {
  allPageWork,
  clearAllWork,
  emptyWork,
  loadPageWork,
  openStorage,
  parsePageWork,
  savePageWork,
  withAnswer,
  withHighlight,
  withoutHighlight,
  workKey,
  type Highlight,
  type WorkStorage,
} from '../../../src/lib/classroom/student-work.ts';

/** A Storage in memory that can be made full or blocked. */
class MemoryStorage implements WorkStorage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const TEXT = 'Kerry instead pinned the blame on Syrian President Bashar al-Assad.';
const highlight = (id: string, note = ''): Highlight => ({
  id,
  anchor: anchorOf('p6', TEXT, 0, 5),
  meaning: 'evidence',
  note,
  created: '2026-11-30T07:00:00.000Z',
  modified: '2026-11-30T07:00:00.000Z',
});
const DOC = 'articles/syria-truce';

describe('a page’s work in storage', () => {
  it('is kept per site (base) and page, and read back whole', () => {
    const storage = new MemoryStorage();
    const work = withAnswer(withHighlight(emptyWork(DOC, 'Syria'), highlight('a', 'who')), { question: 'evidence-1', prompt: 'Who?', text: 'Kerry', modified: 'now' });
    expect(savePageWork(storage, '/', work)).toEqual({ ok: true });
    expect([...storage.items.keys()]).toEqual([workKey('/', DOC)]);
    expect(loadPageWork(storage, '/', DOC, 'Syria')).toEqual(work);
    // Another site on the same host keeps its own.
    expect(loadPageWork(storage, '/guide/', DOC, 'Syria')).toEqual(emptyWork(DOC, 'Syria'));
  });

  it('says when the storage is full, and when it is blocked', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(savePageWork(storage, '/', withHighlight(emptyWork(DOC, 'Syria'), highlight('a')))).toEqual({ ok: false, problem: 'full' });
    expect(openStorage(() => storage)).toBe('full');
    expect(
      openStorage(() => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      }),
    ).toBe('blocked');
    expect(openStorage(() => null)).toBe('blocked');
  });

  it('reads damaged or foreign text as no work, and drops only the damaged items of whole work', () => {
    expect(parsePageWork('{not json')).toBeUndefined();
    expect(parsePageWork('{"doc": "../../etc", "title": "x", "highlights": [], "answers": []}')).toBeUndefined();
    const mixed = JSON.stringify({ doc: DOC, title: 'Syria', highlights: [highlight('a'), { id: 'b' }], answers: [{ question: 1 }] });
    expect(parsePageWork(mixed)).toEqual({ doc: DOC, title: 'Syria', highlights: [highlight('a')], answers: [] });
  });

  it('lists every page’s work of one site, and clears it', () => {
    const storage = new MemoryStorage();
    savePageWork(storage, '/', withHighlight(emptyWork(DOC, 'Syria'), highlight('a')));
    savePageWork(storage, '/', withAnswer(emptyWork('units/syria', 'Unit'), { question: 'discussion-1', prompt: 'Why?', text: 'Because', modified: 'now' }));
    savePageWork(storage, '/guide/', withHighlight(emptyWork(DOC, 'Syria'), highlight('c')));
    storage.setItem('unrelated', 'x');
    expect(allPageWork(storage, '/').map((work) => work.doc)).toEqual([DOC, 'units/syria']);
    clearAllWork(storage, '/');
    expect(allPageWork(storage, '/')).toEqual([]);
    expect(allPageWork(storage, '/guide/')).toHaveLength(1);
    expect(storage.getItem('unrelated')).toBe('x');
  });

  it('removes a page’s key when its last work goes; a blank answer is no answer', () => {
    const storage = new MemoryStorage();
    let work = withHighlight(emptyWork(DOC, 'Syria'), highlight('a'));
    savePageWork(storage, '/', work);
    work = withoutHighlight(work, 'a');
    work = withAnswer(work, { question: 'evidence-1', prompt: 'Who?', text: '  ', modified: 'now' });
    expect(work.answers).toEqual([]);
    savePageWork(storage, '/', work);
    expect(storage.length).toBe(0);
  });

  it('replaces a highlight edited by its id', () => {
    const work = withHighlight(withHighlight(emptyWork(DOC, 'Syria'), highlight('a')), { ...highlight('a'), meaning: 'question', note: 'why?' });
    expect(work.highlights).toHaveLength(1);
    expect(work.highlights[0]).toMatchObject({ meaning: 'question', note: 'why?' });
  });
});
