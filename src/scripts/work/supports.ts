/**
 * Reading supports and Listen, part of the lazily loaded script.
 *
 * Reading settings (text size, line spacing, letter and word spacing, a
 * line-focus ruler) are `data-read-*` attributes on <html> that the style
 * sheet reads; ./boot.ts applies the remembered ones on every page.
 *
 * Listen reads the article aloud with the Web Speech API, a sentence at a
 * time (the ¶ numbers are not read), marking the sentence being read, and
 * the word where the browser sends boundary events, with the CSS Custom
 * Highlight API: the page's text is not touched.
 */
import { element } from '../dom.ts';
import { READING_KEY } from './keys.ts';
import { paragraphText, textNodes } from './dom-text.ts';
import { splitSentences } from '../../lib/classroom/listen-text.ts';

const SETTINGS = [
  { key: 'readSize', label: 'Text size', options: ['Standard', 'Large', 'Larger', 'Largest'] },
  { key: 'readLines', label: 'Line spacing', options: ['Standard', 'Wide', 'Widest'] },
  { key: 'readSpacing', label: 'Letter and word spacing', options: ['Standard', 'Wide', 'Widest'] },
] as const;

const live = (message: string) => {
  const region = document.querySelector('[data-work-live]');
  if (region) region.textContent = region.textContent === message ? `${message}\u00a0` : message;
};

export function act(control: HTMLElement): void {
  if (control.dataset.work === 'settings') toggleSettings(control);
  else if (control.dataset.work === 'listen') toggleListen(control);
}

/* ---------- Reading settings ---------- */

function saveSettings(): void {
  const root = document.documentElement;
  const kept: Record<string, string> = {};
  // Standard ("0") is left out: boot.ts loads the rest of the script at once for a line focus it finds.
  for (const key of [...SETTINGS.map((setting) => setting.key), 'readFocus']) {
    const value = root.dataset[key];
    if (value && value !== '0') kept[key] = value;
  }
  try {
    localStorage.setItem(READING_KEY, JSON.stringify(kept));
  } catch {
    live('These settings hold on this page only: this browser does not let the site keep them.');
  }
}

function toggleSettings(control: HTMLElement): void {
  const panel = document.getElementById('reading-settings');
  if (!panel) return;
  const open = panel.hidden;
  panel.hidden = !open;
  control.setAttribute('aria-expanded', String(open));
  if (!open) return;
  if (!panel.firstChild) buildSettings(panel);
  panel.querySelector<HTMLElement>('h2')?.focus();
}

function buildSettings(panel: HTMLElement): void {
  const root = document.documentElement;
  panel.append(element('h2', { id: 'reading-settings-title', tabIndex: -1, textContent: 'Reading settings' }));
  panel.append(element('p', { className: 'meta', textContent: 'Kept in this browser, for every page of the site.' }));
  const grid = element('div', { className: 'reading-settings__grid' });
  for (const setting of SETTINGS) {
    const id = `setting-${setting.key}`;
    const select = element('select', { id });
    setting.options.forEach((option, index) => select.append(element('option', { value: String(index), textContent: option })));
    select.value = root.dataset[setting.key] ?? '0';
    select.addEventListener('change', () => {
      root.dataset[setting.key] = select.value;
      saveSettings();
      live(`${setting.label}: ${setting.options[Number(select.value)]}.`);
    });
    const field = element('div', { className: 'reading-settings__field' });
    field.append(element('label', { htmlFor: id, textContent: setting.label }), select);
    grid.append(field);
  }
  const focus = element('input', { type: 'checkbox', id: 'setting-readFocus', checked: root.dataset.readFocus === '1' });
  focus.addEventListener('change', () => {
    root.dataset.readFocus = focus.checked ? '1' : '0';
    saveSettings();
    lineFocus(focus.checked);
    live(focus.checked ? 'Line focus on: a band follows your pointer or the focused line.' : 'Line focus off.');
  });
  const check = element('div', { className: 'reading-settings__check' });
  check.append(focus, element('label', { htmlFor: focus.id, textContent: 'Line focus (a band that follows your finger, pointer or focus)' }));
  const reset = element('button', { type: 'button', className: 'button-outline', textContent: 'Back to standard' });
  reset.addEventListener('click', () => {
    for (const setting of SETTINGS) root.dataset[setting.key] = '0';
    root.dataset.readFocus = '0';
    for (const select of grid.querySelectorAll('select')) select.value = '0';
    focus.checked = false;
    lineFocus(false);
    saveSettings();
    live('Reading settings back to standard.');
  });
  panel.append(grid, check, reset);
}

/* ---------- Line focus ---------- */

let ruler: HTMLElement | undefined;
const moveRuler = (y: number) => ruler?.style.setProperty('--focus-y', `${Math.round(y)}px`);
const onPointer = (event: PointerEvent) => moveRuler(event.clientY);
const onFocus = (event: FocusEvent) => {
  if (event.target instanceof Element) {
    const box = event.target.getBoundingClientRect();
    moveRuler(box.top + Math.min(box.height, 32) / 2);
  }
};

/** A band around the reader's line, the page above and below it dimmed (CSSOM only: no inline style in the HTML). */
export function lineFocus(on: boolean): void {
  if (on && !ruler) {
    ruler = element('div', { className: 'line-focus' });
    ruler.setAttribute('aria-hidden', 'true');
    document.body.append(ruler);
    moveRuler(innerHeight / 3);
    addEventListener('pointermove', onPointer, { passive: true });
    addEventListener('pointerdown', onPointer, { passive: true });
    addEventListener('focusin', onFocus);
  } else if (!on && ruler) {
    ruler.remove();
    ruler = undefined;
    removeEventListener('pointermove', onPointer);
    removeEventListener('pointerdown', onPointer);
    removeEventListener('focusin', onFocus);
  }
}

/* ---------- Listen ---------- */

interface Sentence {
  paragraph: HTMLElement;
  text: string;
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
}

let queue: Sentence[] = [];
let at = 0;
let rate = 1;
let speaking = false;
let paused = false;

const highlights = () => (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
const HighlightClass = () => (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;

function rangeIn(paragraph: HTMLElement, start: number, end: number): Range | undefined {
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of textNodes(paragraph)) {
    const next = offset + node.length;
    if (!started && start < next) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset = next;
  }
  return undefined;
}

function mark(name: string, range: Range | undefined): void {
  const registry = highlights();
  const Highlight = HighlightClass();
  if (!registry || !Highlight) return;
  if (range) registry.set(name, new Highlight(range));
  else registry.delete(name);
}

function listenBar(): HTMLElement {
  const bar = document.getElementById('listen-bar')!;
  if (bar.firstChild) return bar;
  const pause = element('button', { type: 'button', className: 'button-outline', textContent: 'Pause' });
  pause.dataset.listenPause = '';
  pause.addEventListener('click', () => {
    if (!speaking) return;
    paused = !paused;
    if (paused) speechSynthesis.pause();
    else speechSynthesis.resume();
    pause.textContent = paused ? 'Resume' : 'Pause';
    live(paused ? 'Paused.' : 'Reading on.');
  });
  const stop = element('button', { type: 'button', className: 'button-outline', textContent: 'Stop' });
  stop.addEventListener('click', () => stopListening(true));
  const speed = element('select', { id: 'listen-speed' });
  for (const value of [0.75, 1, 1.25, 1.5]) speed.append(element('option', { value: String(value), textContent: `${value}×` }));
  speed.value = '1';
  speed.addEventListener('change', () => {
    rate = Number(speed.value);
    // The sentence being read starts again at the new speed.
    if (speaking && !paused) {
      speechSynthesis.cancel();
      speakFrom(at);
    }
  });
  const status = element('p', { className: 'listen-bar__status' });
  status.dataset.listenStatus = '';
  bar.append(pause, stop, element('label', { htmlFor: 'listen-speed', textContent: 'Speed' }), speed, status);
  return bar;
}

function toggleListen(control: HTMLElement): void {
  if (!('speechSynthesis' in window)) return;
  if (speaking) return stopListening(true);
  const paragraphs = [...document.querySelectorAll<HTMLElement>('.article-layout article .prose p[id]')];
  queue = paragraphs.flatMap((paragraph) =>
    splitSentences(paragraphText(paragraph)).map((sentence) => ({ paragraph, ...sentence })),
  );
  // From the paragraph in view, if the reader has scrolled into the article.
  const first = paragraphs.find((paragraph) => paragraph.getBoundingClientRect().bottom > 80);
  at = Math.max(0, queue.findIndex((sentence) => sentence.paragraph === first));
  const bar = listenBar();
  bar.hidden = false;
  speaking = true;
  paused = false;
  control.textContent = 'Stop listening';
  live('Reading aloud. Pause, stop and speed are below the toolbar.');
  speakFrom(at);
}

function speakFrom(index: number): void {
  at = index;
  const sentence = queue[index];
  if (!sentence || !speaking) return stopListening(false);
  const utterance = new SpeechSynthesisUtterance(sentence.text);
  utterance.rate = rate;
  utterance.lang = sentence.paragraph.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  utterance.onstart = () => {
    mark('listen-sentence', rangeIn(sentence.paragraph, sentence.start, sentence.end));
    mark('listen-word', undefined);
    const status = document.querySelector('[data-listen-status]');
    if (status) status.textContent = `Reading ¶${sentence.paragraph.id.slice(1)}`;
    const box = sentence.paragraph.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) sentence.paragraph.scrollIntoView({ block: 'center' });
  };
  utterance.onboundary = (event) => {
    if (event.name !== 'word') return;
    const wordStart = sentence.start + event.charIndex;
    const length = event.charLength || /^\S+/.exec(sentence.text.slice(event.charIndex))?.[0].length || 0;
    if (length > 0) mark('listen-word', rangeIn(sentence.paragraph, wordStart, wordStart + length));
  };
  utterance.onend = () => {
    if (speaking && at === index) speakFrom(index + 1);
  };
  speechSynthesis.speak(utterance);
}

function stopListening(byReader: boolean): void {
  speaking = false;
  paused = false;
  speechSynthesis.cancel();
  mark('listen-sentence', undefined);
  mark('listen-word', undefined);
  const button = document.querySelector<HTMLElement>('[data-work="listen"]');
  if (button) {
    button.textContent = 'Listen';
  }
  const bar = document.getElementById('listen-bar');
  if (bar) bar.hidden = true;
  const pause = bar?.querySelector('[data-listen-pause]');
  if (pause) pause.textContent = 'Pause';
  live(byReader ? 'Stopped reading aloud.' : 'Finished reading aloud.');
  if (byReader) button?.focus();
}
