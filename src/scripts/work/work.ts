/**
 * Students' own work in the browser, loaded when the reader first reaches for
 * it (./boot.ts): highlights and notes on an article, answers to questions,
 * the "My work" panel and page, the file to hand in, and a teacher's
 * read-only view of a student's file. Everything read from storage or a file
 * reaches the page as text, never as HTML.
 */
import { anchorOf, locate, trimRange, type Placement } from '../../lib/classroom/anchoring.ts';
import {
  MEANING_LABELS,
  MEANINGS,
  STORAGE_MESSAGES,
  allPageWork,
  byPosition,
  emptyWork,
  loadPageWork,
  nameKey,
  openStorage,
  savePageWork,
  withAnswer,
  withHighlight,
  withoutHighlight,
  type Highlight,
  type Meaning,
  type PageWork,
  type StorageProblem,
  type WorkStorage,
} from '../../lib/classroom/student-work.ts';
import { fromWebAnnotation, toWebAnnotation, type WorkFile } from '../../lib/classroom/web-annotation.ts';
import { element } from '../dom.ts';
import { VIEW_KEY } from './keys.ts';
import { markText, offsetIn, paragraphText, topChild, unmark } from './dom-text.ts';
import { act as supports, lineFocus } from './supports.ts';

let base = '/';
let storage: WorkStorage | StorageProblem = 'blocked';
/** A student's file a teacher is looking at: shown, never saved over. */
let viewing: WorkFile | undefined;
let lastSelection: { paragraph: HTMLElement; start: number; end: number } | undefined;
let opened: WorkFile | undefined;

/** The tab's open file: one per tab (sessionStorage), whichever Gloss site on the host it is from. */
const viewKey = () => VIEW_KEY;
const siteUrl = () => new URL(base, location.href).href;
const live = (message: string) => say('[data-work-live]', message);
const alarm = (message: string) => say('[data-work-alert]', message);
function say(selector: string, message: string): void {
  const region = document.querySelector(selector);
  if (!region) return;
  // The same words twice are announced twice.
  region.textContent = region.textContent === message ? `${message}\u00a0` : message;
}

const articleParagraphs = () => [...document.querySelectorAll<HTMLElement>('.article-layout .prose p[id]')];
const articleDoc = () => document.querySelector<HTMLElement>('.work-toolbar[data-work-doc]');

/** Work the browser would not keep (full or blocked storage): it stays on the page, and in a download, until the page closes. */
const unsaved = new Map<string, PageWork>();

function readWork(doc: string, title = doc): PageWork {
  if (viewing) return viewing.pages.find((page) => page.doc === doc) ?? emptyWork(doc, title);
  return unsaved.get(doc) ?? (typeof storage === 'string' ? emptyWork(doc, title) : loadPageWork(storage, base, doc, title));
}

function writeWork(work: PageWork, saved: string): boolean {
  if (viewing) return false;
  const result = typeof storage === 'string' ? ({ ok: false, problem: storage } as const) : savePageWork(storage, base, work);
  if (result.ok) {
    unsaved.delete(work.doc);
    if (saved) live(saved);
  } else {
    unsaved.set(work.doc, work);
    alarm(STORAGE_MESSAGES[result.problem]);
  }
  return result.ok;
}

/** Every page's work this browser has, kept or not. */
function everyPage(): PageWork[] {
  const kept = typeof storage === 'string' ? [] : allPageWork(storage, base).filter((page) => !unsaved.has(page.doc));
  return [...kept, ...unsaved.values()];
}

function studentName(): string {
  if (viewing) return viewing.student;
  try {
    return typeof storage === 'string' ? '' : (storage.getItem(nameKey(base)) ?? '');
  } catch {
    return '';
  }
}

export function start(siteBase: string): void {
  base = siteBase;
  storage = openStorage(() => localStorage);
  try {
    const view = sessionStorage.getItem(viewKey());
    const read = view ? fromWebAnnotation(view) : undefined;
    viewing = read?.ok ? read.file : undefined;
  } catch {
    viewing = undefined;
  }
  lineFocus(document.documentElement.dataset.readFocus === '1');
  document.body.classList.toggle('work-viewing', Boolean(viewing));
  if (viewing) showViewBanner(viewing);
  else if (typeof storage === 'string' && document.querySelector('[data-work-doc], [data-work-field]')) alarm(STORAGE_MESSAGES[storage]);
  paintArticle();
  startAnswers();
  startSelection();
  const page = document.querySelector<HTMLElement>('[data-work-page]');
  if (page) renderWorkPage(page);
  document.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.matches('[data-work-file]')) void openFile(input);
    if (input instanceof HTMLInputElement && input.matches('[data-work-name]')) saveName(input.value);
  });
  document.querySelector<HTMLFormElement>('.work-dialog form')?.addEventListener('submit', onDialogSubmit);
}

/** What a `[data-work]` control asks for. */
export function act(control: HTMLElement): void {
  const what = control.dataset.work;
  if (what === 'annotate') openDialog({ paragraph: control.closest<HTMLElement>('p[id]')!, fromButton: true });
  else if (what === 'highlight-selection' && lastSelection) openDialog(lastSelection);
  else if (what === 'edit') editHighlight(control.dataset.highlight ?? '', control);
  else if (what === 'panel') togglePanel(control);
  else if (what === 'download') download(control.dataset.docs?.split(' ') ?? []);
  else if (what === 'print') window.print();
  else if (what === 'view-show' && opened) showReadOnly(opened);
  else if (what === 'view-adopt' && opened) adopt(opened);
  else if (what === 'view-stop') stopViewing();
  else if (what === 'delete-unplaced') deleteHighlight(control.dataset.highlight ?? '');
  else if (what === 'settings' || what === 'listen') supports(control);
}

/* ---------- Highlights on the article ---------- */

interface Placed {
  highlight: Highlight;
  placement: Placement | undefined;
}

function placeAll(work: PageWork): Placed[] {
  const texts = new Map(articleParagraphs().map((paragraph) => [paragraph.id, paragraphText(paragraph)]));
  return work.highlights.map((highlight) => ({ highlight, placement: locate(highlight.anchor, texts) }));
}

/** Draws the page's highlights (each with its label) and notes, from scratch. */
function paintArticle(): void {
  const toolbar = articleDoc();
  if (!toolbar) return;
  const paragraphs = articleParagraphs();
  for (const paragraph of paragraphs) unmark(paragraph);
  for (const notes of document.querySelectorAll('.work-notes')) notes.remove();
  const work = readWork(toolbar.dataset.workDoc!, toolbar.dataset.workTitle);
  const placed = placeAll(work)
    .filter((item) => item.placement)
    .sort((a, b) => byPosition({ ...a.highlight, anchor: { ...a.highlight.anchor, ...a.placement! } }, { ...b.highlight, anchor: { ...b.highlight.anchor, ...b.placement! } }));
  for (const { highlight, placement } of placed) {
    const paragraph = document.getElementById(placement!.paragraph);
    if (!paragraph) continue;
    const label = MEANING_LABELS[highlight.meaning];
    const marks = markText(paragraph, placement!.start, placement!.end, () => element('mark', { className: `work-mark work-mark--${highlight.meaning}` }));
    for (const mark of marks) mark.dataset.highlight = highlight.id;
    const first = marks[0];
    if (!first) continue;
    const tag = viewing
      ? element('span', { className: `work-label work-label--${highlight.meaning}`, textContent: label })
      : element('button', { type: 'button', className: `work-label work-label--${highlight.meaning}`, textContent: label });
    tag.dataset.highlight = highlight.id;
    if (!viewing) {
      tag.dataset.work = 'edit';
      tag.setAttribute('aria-label', `${label}: edit highlight “${shorten(highlight.anchor.exact)}”`);
    }
    paragraph.insertBefore(tag, topChild(paragraph, first));
  }
  // Notes in place, under their paragraph: on screen and on paper.
  for (const paragraph of paragraphs) {
    const notes = placed.filter((item) => item.placement!.paragraph === paragraph.id && item.highlight.note.trim());
    if (notes.length === 0) continue;
    const box = element('div', { className: 'work-notes' });
    for (const { highlight } of notes) {
      const note = element('p', { className: `work-note work-note--${highlight.meaning}` });
      note.append(element('strong', { textContent: `${viewing ? `${viewing.student || 'Student'}’s note` : 'My note'} (${MEANING_LABELS[highlight.meaning].toLowerCase()}, “${shorten(highlight.anchor.exact)}”): ` }), highlight.note);
      box.append(note);
    }
    paragraph.after(box);
  }
  renderPanel();
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

function startSelection(): void {
  const bar = document.querySelector<HTMLElement>('[data-work-selection-bar]');
  if (!bar || !articleDoc()) return;
  const update = () => {
    const selection = getSelection();
    lastSelection = undefined;
    if (!viewing && selection && !selection.isCollapsed && selection.rangeCount > 0) {
      const range = selection.getRangeAt(0);
      const startParagraph = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest<HTMLElement>('.article-layout .prose p[id]');
      if (startParagraph) {
        const text = paragraphText(startParagraph);
        const start = offsetIn(startParagraph, range.startContainer, range.startOffset);
        // A selection running into the next paragraph keeps to its first: a highlight stays in one ¶.
        const end = startParagraph.contains(range.endContainer) ? offsetIn(startParagraph, range.endContainer, range.endOffset) : text.length;
        const trimmed = trimRange(text, start, end);
        if (trimmed.end > trimmed.start) lastSelection = { paragraph: startParagraph, ...trimmed };
      }
    }
    bar.hidden = !lastSelection;
  };
  document.addEventListener('selectionchange', update);
  // A mouse press on the bar's button would end the selection before its click.
  bar.addEventListener('pointerdown', (event) => event.pointerType === 'mouse' && event.preventDefault());
  update();
}

/* ---------- The highlight dialog ---------- */

interface DialogTarget {
  paragraph: HTMLElement;
  start?: number;
  end?: number;
  /** Opened by "Annotate ¶N": the words are typed or kept, not selected. */
  fromButton?: boolean;
  highlight?: Highlight;
}
let dialogTarget: DialogTarget | undefined;
let dialogOpener: HTMLElement | null = null;

const dialog = () => document.querySelector<HTMLDialogElement>('dialog.work-dialog')!;
const field = <T extends Element>(selector: string) => dialog().querySelector<T>(selector)!;

function openDialog(target: DialogTarget): void {
  if (viewing) return;
  const box = dialog();
  dialogTarget = target;
  dialogOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const n = target.paragraph.id.slice(1);
  const text = paragraphText(target.paragraph);
  field('#work-dialog-title').textContent = target.highlight ? `Highlight in ¶${n}` : `Annotate ¶${n}`;
  const quote = target.highlight ? target.highlight.anchor.exact : target.start !== undefined ? text.slice(target.start, target.end) : '';
  field('[data-dialog-quote]').textContent = quote;
  field<HTMLElement>('[data-dialog-quote]').hidden = quote === '';
  field<HTMLElement>('[data-dialog-words]').hidden = !target.fromButton;
  field<HTMLTextAreaElement>('#work-dialog-words').value = target.fromButton ? text.trim() : '';
  const meaning = target.highlight?.meaning ?? 'evidence';
  for (const radio of box.querySelectorAll<HTMLInputElement>('input[name="meaning"]')) radio.checked = radio.value === meaning;
  field<HTMLTextAreaElement>('#work-dialog-note').value = target.highlight?.note ?? '';
  field('[data-dialog-error]').textContent = '';
  const remove = field<HTMLButtonElement>('[data-dialog-delete]');
  remove.hidden = !target.highlight;
  remove.onclick = () => {
    if (target.highlight) deleteHighlight(target.highlight.id);
    box.close();
  };
  field<HTMLButtonElement>('[data-dialog-cancel]').onclick = () => box.close();
  box.onclose = () => {
    // Back where the reader was; if that control is gone or hidden (a redrawn label, the selection bar), to the paragraph's own.
    if (dialogOpener?.isConnected && !dialogOpener.closest('[hidden]')) dialogOpener.focus();
    else document.getElementById(target.paragraph.id)?.querySelector<HTMLElement>('.work-annotate')?.focus();
  };
  box.showModal();
  getSelection()?.removeAllRanges();
  document.querySelector<HTMLElement>('[data-work-selection-bar]')!.hidden = true;
}

function editHighlight(id: string, control: HTMLElement): void {
  const toolbar = articleDoc();
  if (!toolbar) return;
  const work = readWork(toolbar.dataset.workDoc!);
  const item = placeAll(work).find((entry) => entry.highlight.id === id);
  const paragraph = item?.placement ? document.getElementById(item.placement.paragraph) : control.closest<HTMLElement>('p[id]');
  if (item && paragraph) openDialog({ paragraph, highlight: item.highlight });
}

function onDialogSubmit(event: SubmitEvent): void {
  const target = dialogTarget;
  const toolbar = articleDoc();
  if (!target || !toolbar) return;
  const text = paragraphText(target.paragraph);
  let { start, end } = target;
  if (target.fromButton) {
    const words = field<HTMLTextAreaElement>('#work-dialog-words').value.trim();
    const at = words ? text.indexOf(words) : -1;
    if (at === -1) {
      event.preventDefault();
      const message = words ? `Those words are not in ¶${target.paragraph.id.slice(1)} as written. Keep to the paragraph’s own words, or keep the whole paragraph.` : 'Keep some words of the paragraph to highlight.';
      field('[data-dialog-error]').textContent = message;
      field<HTMLTextAreaElement>('#work-dialog-words').focus();
      return;
    }
    start = at;
    end = at + words.length;
  }
  const meaning = (dialog().querySelector<HTMLInputElement>('input[name="meaning"]:checked')?.value ?? 'evidence') as Meaning;
  const note = field<HTMLTextAreaElement>('#work-dialog-note').value;
  const now = new Date().toISOString();
  const work = readWork(toolbar.dataset.workDoc!, toolbar.dataset.workTitle);
  const highlight: Highlight = target.highlight
    ? { ...target.highlight, meaning: MEANINGS.includes(meaning) ? meaning : 'evidence', note, modified: now }
    : { id: crypto.randomUUID(), anchor: anchorOf(target.paragraph.id, text, start!, end!), meaning, note, created: now, modified: now };
  writeWork(withHighlight(work, highlight), `${MEANING_LABELS[highlight.meaning]} highlight saved in ¶${target.paragraph.id.slice(1)}.`);
  paintArticle();
}

function deleteHighlight(id: string): void {
  const toolbar = articleDoc();
  if (!toolbar) return;
  const work = readWork(toolbar.dataset.workDoc!, toolbar.dataset.workTitle);
  writeWork(withoutHighlight(work, id), 'Highlight deleted.');
  paintArticle();
  document.querySelector<HTMLElement>('#work-panel:not([hidden]) h2')?.focus();
}

/* ---------- Answers ---------- */

function startAnswers(): void {
  const boxes = [...document.querySelectorAll<HTMLTextAreaElement>('textarea[data-work-field]')];
  const timers = new WeakMap<HTMLTextAreaElement, number>();
  const save = (box: HTMLTextAreaElement, announce: boolean) => {
    const doc = box.dataset.workDoc!;
    const work = readWork(doc, box.dataset.workTitle);
    const ok = writeWork(withAnswer(work, { question: box.dataset.question!, prompt: box.dataset.prompt ?? '', text: box.value, modified: new Date().toISOString() }), announce ? 'Answer saved in this browser.' : '');
    const status = box.parentElement?.querySelector('.answer-status');
    if (status) status.textContent = ok ? 'Saved in this browser' : 'Not saved';
    printCopy(box);
  };
  for (const box of boxes) {
    const work = readWork(box.dataset.workDoc!, box.dataset.workTitle);
    const answer = work.answers.find((entry) => entry.question === box.dataset.question);
    // Words typed while this script was on its way are kept, and saved now.
    if (viewing || box.value === '') box.value = answer?.text ?? '';
    else if (box.value !== answer?.text) save(box, false);
    box.readOnly = Boolean(viewing);
    printCopy(box);
    if (viewing) continue;
    box.addEventListener('input', () => {
      clearTimeout(timers.get(box));
      timers.set(box, window.setTimeout(() => save(box, false), 400));
    });
    box.addEventListener('change', () => {
      clearTimeout(timers.get(box));
      save(box, true);
    });
  }
}

/** On paper, a textarea shows a few lines of its answer; a copy in a paragraph shows all of it. */
function printCopy(box: HTMLTextAreaElement): void {
  const copy = box.parentElement?.querySelector('.answer-print');
  if (copy) copy.textContent = box.value;
}

/* ---------- The "My work" panel on an article ---------- */

function togglePanel(control: HTMLElement): void {
  const panel = document.getElementById('work-panel');
  if (!panel) return;
  const open = panel.hidden;
  panel.hidden = !open;
  control.setAttribute('aria-expanded', String(open));
  if (open) {
    renderPanel();
    panel.querySelector('h2')?.focus();
  }
}

function renderPanel(): void {
  const panel = document.getElementById('work-panel');
  const toolbar = articleDoc();
  if (!panel || panel.hidden || !toolbar) return;
  const doc = toolbar.dataset.workDoc!;
  const work = readWork(doc, toolbar.dataset.workTitle);
  const placed = placeAll(work);
  const heading = element('h2', { id: 'work-panel-title', tabIndex: -1, textContent: viewing ? `${viewing.student || 'Student'}’s work on this article` : 'My work on this article' });
  const found = placed.filter((item) => item.placement).sort((a, b) => a.placement!.paragraph.localeCompare(b.placement!.paragraph, 'en', { numeric: true }) || a.placement!.start - b.placement!.start);
  const lost = placed.filter((item) => !item.placement);
  panel.replaceChildren(heading);
  if (found.length === 0 && lost.length === 0) {
    panel.append(element('p', { textContent: viewing ? 'No highlights on this article.' : 'No highlights yet. Select words in the article, or use the ✎ button beside a paragraph, to highlight them and add a note.' }));
  }
  if (found.length > 0) panel.append(highlightList(found.map((item) => ({ highlight: item.highlight, paragraph: item.placement!.paragraph }))));
  if (lost.length > 0) {
    panel.append(
      element('h3', { textContent: 'Not found in the article now' }),
      element('p', { className: 'meta', textContent: 'The article’s words changed since these were made. They are kept here (and in your file) with the words you highlighted.' }),
      highlightList(lost.map((item) => ({ highlight: item.highlight, paragraph: item.highlight.anchor.paragraph, unplaced: true }))),
    );
  }
  const answered = work.answers.filter((answer) => answer.text.trim()).length;
  const total = document.querySelectorAll('textarea[data-work-field]').length;
  if (total > 0) {
    const line = element('p');
    line.append(`Answers: ${answered} of ${total} questions. `, element('a', { href: '#reading-guide', textContent: 'Go to the questions' }));
    panel.append(line);
  }
  panel.append(fileControls([doc]));
}

function highlightList(items: { highlight: Highlight; paragraph: string; unplaced?: boolean }[]): HTMLElement {
  const list = element('ul', { className: 'work-list' });
  for (const { highlight, paragraph, unplaced } of items) {
    const item = element('li', { className: `work-item work-item--${highlight.meaning}` });
    const n = paragraph.slice(1);
    item.append(
      unplaced ? element('span', { className: 'work-item__para', textContent: `was in ¶${n}` }) : element('a', { className: 'work-item__para', href: `#${paragraph}`, textContent: `¶${n}` }),
      ' ',
      element('span', { className: `work-label work-label--${highlight.meaning}`, textContent: MEANING_LABELS[highlight.meaning] }),
      ' ',
      element('q', { textContent: highlight.anchor.exact }),
    );
    if (highlight.note.trim()) item.append(element('p', { className: 'work-item__note', textContent: `Note: ${highlight.note}` }));
    if (unplaced && !viewing) {
      const remove = element('button', { type: 'button', className: 'button-outline work-small', textContent: 'Delete' });
      remove.dataset.work = 'delete-unplaced';
      remove.dataset.highlight = highlight.id;
      remove.setAttribute('aria-label', `Delete the highlight “${shorten(highlight.anchor.exact)}”`);
      item.append(remove);
    }
    list.append(item);
  }
  return list;
}

/** Name, "Download my work", "Open a file": the same on an article's panel and a unit's page. */
function fileControls(docs: string[]): HTMLElement {
  const box = element('div', { className: 'work-files' });
  if (!viewing) {
    const id = `work-name-${Math.random().toString(36).slice(2, 8)}`;
    const name = element('input', { type: 'text', id, value: studentName(), autocomplete: 'name' });
    name.dataset.workName = '';
    box.append(element('label', { htmlFor: id, textContent: 'Your name (it goes on your file)' }), name);
  }
  const actions = element('div', { className: 'work-files__actions' });
  if (!viewing) {
    const download = element('button', { type: 'button', className: 'button-primary', textContent: 'Download my work' });
    download.dataset.work = 'download';
    download.dataset.docs = docs.join(' ');
    actions.append(download);
  }
  const fileId = `work-file-${Math.random().toString(36).slice(2, 8)}`;
  const file = element('input', { type: 'file', id: fileId, accept: '.json,.jsonld,application/json,application/ld+json', className: 'work-file-input' });
  file.dataset.workFile = '';
  actions.append(element('label', { htmlFor: fileId, className: 'button-outline work-file-label', textContent: 'Open a file' }), file);
  box.append(actions, element('div', { className: 'work-opened', hidden: true }));
  return box;
}

function saveName(value: string): void {
  if (typeof storage === 'string') return alarm(STORAGE_MESSAGES[storage]);
  try {
    storage.setItem(nameKey(base), value.trim());
    live('Name saved.');
  } catch {
    alarm(STORAGE_MESSAGES.full);
  }
}

/* ---------- The file: download, open, view, adopt ---------- */

function download(docs: string[]): void {
  const name = document.querySelector<HTMLInputElement>('[data-work-name]')?.value.trim() ?? studentName();
  if (name !== studentName()) saveName(name);
  const pages = everyPage().filter((page) => docs.length === 0 || docs.includes(page.doc));
  const file = toWebAnnotation({ student: name, created: new Date().toISOString(), pages }, siteUrl(), () => crypto.randomUUID());
  const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/ld+json' });
  const link = element('a', { href: URL.createObjectURL(blob), download: fileName(name, docs) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  const count = pages.reduce((sum, page) => sum + page.highlights.length + page.answers.length, 0);
  live(`Downloaded ${link.download}: ${count === 1 ? '1 item' : `${count} items`} of work.`);
}

function fileName(name: string, docs: string[]): string {
  const slug = (text: string) => text.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40);
  const what = docs.length === 1 ? slug(docs[0]!.split('/')[1]!) : 'work';
  return `${[slug(name), what].filter(Boolean).join('-') || 'my-work'}.gloss-work.json`;
}

async function openFile(input: HTMLInputElement): Promise<void> {
  const box = input.closest('.work-files')?.querySelector<HTMLElement>('.work-opened');
  const chosen = input.files?.[0];
  input.value = '';
  if (!box || !chosen) return;
  let result: ReturnType<typeof fromWebAnnotation>;
  try {
    result = chosen.size > 5_000_000 ? { ok: false, message: 'This file is too big to be a Gloss work file.' } : fromWebAnnotation(await chosen.text());
  } catch {
    result = { ok: false, message: 'This file could not be read. Try choosing it again.' };
  }
  box.hidden = false;
  if (!result.ok) {
    box.replaceChildren(element('p', { className: 'work-error', textContent: result.message }));
    alarm(result.message);
    opened = undefined;
    return;
  }
  opened = result.file;
  const highlights = result.file.pages.reduce((sum, page) => sum + page.highlights.length, 0);
  const answers = result.file.pages.reduce((sum, page) => sum + page.answers.length, 0);
  const summary = `${result.file.student || 'A student'}’s work: ${highlights === 1 ? '1 highlight' : `${highlights} highlights`} and ${answers === 1 ? '1 answer' : `${answers} answers`}, on ${result.file.pages.map((page) => page.title).join('; ') || 'no pages'}.`;
  const show = element('button', { type: 'button', className: 'button-primary', textContent: 'Show it on the pages (read-only, for teachers)' });
  show.dataset.work = 'view-show';
  const adoptButton = element('button', { type: 'button', className: 'button-outline', textContent: 'Keep it as my work in this browser' });
  adoptButton.dataset.work = 'view-adopt';
  box.replaceChildren(element('p', { textContent: summary }));
  if (result.skipped > 0) box.append(element('p', { className: 'work-error', textContent: `${result.skipped === 1 ? '1 item' : `${result.skipped} items`} in the file could not be read and were left out.` }));
  const choices = element('div', { className: 'work-files__actions' });
  choices.append(show, adoptButton);
  box.append(choices);
  live(`File opened. ${summary}`);
  show.focus();
}

function showReadOnly(file: WorkFile): void {
  try {
    sessionStorage.setItem(viewKey(), JSON.stringify(toWebAnnotation(file, siteUrl(), () => crypto.randomUUID())));
  } catch {
    alarm('This browser would not keep the file open across pages; it is shown on this page only.');
  }
  viewing = file;
  document.body.classList.add('work-viewing');
  showViewBanner(file);
  refresh();
}

function adopt(file: WorkFile): void {
  if (typeof storage === 'string') return alarm(STORAGE_MESSAGES[storage]);
  let ok = true;
  for (const page of file.pages) {
    const result = savePageWork(storage, base, page);
    if (!result.ok) {
      ok = false;
      alarm(STORAGE_MESSAGES[result.problem]);
      break;
    }
  }
  if (file.student) saveName(file.student);
  if (ok) live(`The work from the file is now yours in this browser (${file.pages.length === 1 ? '1 page' : `${file.pages.length} pages`}).`);
  refresh();
}

function stopViewing(): void {
  try {
    sessionStorage.removeItem(viewKey());
  } catch {
    // Nothing kept: nothing to remove.
  }
  viewing = undefined;
  document.body.classList.remove('work-viewing');
  document.querySelector('.work-view-banner')?.remove();
  refresh();
  live('Back to your own work.');
  document.querySelector<HTMLElement>('main')?.focus();
}

function showViewBanner(file: WorkFile): void {
  document.querySelector('.work-view-banner')?.remove();
  const banner = element('section', { className: 'work-view-banner' });
  banner.setAttribute('aria-labelledby', 'work-view-title');
  const title = element('h2', { id: 'work-view-title', tabIndex: -1 });
  title.append('Student’s work: ', element('strong', { textContent: file.student || 'no name given' }));
  const stop = element('button', { type: 'button', className: 'button-outline', textContent: 'Stop viewing' });
  stop.dataset.work = 'view-stop';
  banner.append(title, element('p', { textContent: `Read-only: shown from the file ${file.created ? `made ${new Date(file.created).toLocaleString()}` : ''}; nothing here is saved or changed.` }), stop);
  document.querySelector('main')?.prepend(banner);
  title.focus();
}

function refresh(): void {
  paintArticle();
  for (const box of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-work-field]')) {
    const answer = readWork(box.dataset.workDoc!).answers.find((entry) => entry.question === box.dataset.question);
    box.value = answer?.text ?? '';
    box.readOnly = Boolean(viewing);
    printCopy(box);
  }
  const page = document.querySelector<HTMLElement>('[data-work-page]');
  if (page) renderWorkPage(page);
}

/* ---------- A unit's "My work" page ---------- */

interface PageRef {
  doc: string;
  title: string;
  href: string;
}

function renderWorkPage(page: HTMLElement): void {
  let refs: PageRef[] = [];
  try {
    refs = JSON.parse(page.dataset.workPage ?? '[]') as PageRef[];
  } catch {
    refs = [];
  }
  const out = page.querySelector<HTMLElement>('[data-work-out]')!;
  out.replaceChildren();
  let any = false;
  for (const ref of refs) {
    const work = readWork(ref.doc, ref.title);
    const section = element('section', { className: 'work-page-section' });
    const headingId = `work-${ref.doc.replace(/\W+/g, '-')}`;
    section.setAttribute('aria-labelledby', headingId);
    const heading = element('h2', { id: headingId });
    heading.append(element('a', { href: ref.href, textContent: ref.title }));
    section.append(heading);
    const answers = work.answers.filter((answer) => answer.text.trim());
    if (answers.length === 0 && work.highlights.length === 0) {
      section.append(element('p', { className: 'meta', textContent: 'Nothing yet.' }));
    }
    if (answers.length > 0) {
      section.append(element('h3', { textContent: 'Answers' }));
      const list = element('dl', { className: 'work-answers' });
      for (const answer of answers.sort((a, b) => a.question.localeCompare(b.question, 'en', { numeric: true }))) {
        const term = element('dt');
        term.append(element('a', { href: `${ref.href}#answer-${answer.question}`, textContent: answer.prompt || answer.question }));
        list.append(term, element('dd', { textContent: answer.text }));
      }
      section.append(list);
    }
    if (work.highlights.length > 0) {
      section.append(element('h3', { textContent: 'Highlights and notes' }));
      const list = highlightList([...work.highlights].sort(byPosition).map((highlight) => ({ highlight, paragraph: highlight.anchor.paragraph })));
      for (const link of list.querySelectorAll<HTMLAnchorElement>('a.work-item__para')) link.href = `${ref.href}${link.getAttribute('href')}`;
      section.append(list);
    }
    any ||= answers.length > 0 || work.highlights.length > 0;
    out.append(section);
  }
  const controls = page.querySelector<HTMLElement>('[data-work-controls]')!;
  controls.replaceChildren(fileControls(refs.map((ref) => ref.doc)));
  const print = element('button', { type: 'button', className: 'button-outline', textContent: 'Print my work' });
  print.dataset.work = 'print';
  controls.querySelector('.work-files__actions')?.prepend(print);
  page.querySelector<HTMLElement>('[data-work-empty]')!.hidden = any;
}
