import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { wcagViolations } from '../support/axe.ts';
import { newPage, recordPageErrors } from '../support/browser.ts';
import { SCREENSHOT_DIR, useBrowser } from '../support/use-browser.ts';

const browser = useBrowser();

const VOA = 'articles/syria-truce-in-peril-as-russia-us-tensions-rise/';
const UNIT = 'units/september-2016-syria-cease-fire/';
const url = (route: string) => inject('siteUrls').root + route;

/** Highlights ¶n's words `words` by keyboard alone: Tab to "Annotate ¶n", type the words, pick a meaning, note, Save. */
async function annotateByKeyboard(page: Page, n: number, words: string, meaning: 'Evidence' | 'Question' | 'New word', note = ''): Promise<void> {
  await page.getByRole('button', { name: `Annotate ¶${n}`, exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const box = dialog.getByLabel(/Words to highlight/);
  await box.fill(words);
  await dialog.getByRole('radio', { name: meaning }).check();
  if (note) await dialog.getByLabel('Note (optional)').fill(note);
  await dialog.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

/** The page's marks as "meaning: text" in reading order (a highlight crossing a glossary term is several marks). */
function marks(page: Page): Promise<string[]> {
  return page.locator('mark.work-mark').evaluateAll((found) => {
    const byId = new Map<string, { meaning: string; text: string }>();
    for (const mark of found as HTMLElement[]) {
      const meaning = [...mark.classList].find((name) => name.startsWith('work-mark--'))!.slice('work-mark--'.length);
      const entry = byId.get(mark.dataset.highlight!) ?? { meaning, text: '' };
      entry.text += mark.textContent;
      byId.set(mark.dataset.highlight!, entry);
    }
    return [...byId.values()].map(({ meaning, text }) => `${meaning}: ${text}`);
  });
}

async function clearWork(page: Page): Promise<void> {
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}

/** The article page with no work kept in the browser. */
async function openFresh(page: Page): Promise<void> {
  await page.goto(url(VOA));
  await clearWork(page);
  await page.reload();
}

/** Types an answer to the article's first question and leaves the box (which saves it). */
async function answerFirst(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Your answer' }).first();
  await box.fill(text);
  await box.blur();
}

describe('highlights and notes on an article', () => {
  it('by keyboard: "Annotate ¶3" highlights typed words with a meaning and a note, kept after reload', async () => {
    const page = await newPage(browser());
    const errors = recordPageErrors(page);
    await openFresh(page);
    await annotateByKeyboard(page, 3, 'more than 60 Syrian soldiers', 'Question', 'Sixty, or sixty-two?');
    expect(await marks(page)).toEqual(['question: more than 60 Syrian soldiers']);
    await expect.poll(() => page.locator('[data-work-live]').innerText()).toMatch(/Question highlight saved in ¶3/);
    // The meaning shows as a word, not only a colour; the note sits under its paragraph.
    expect(await page.locator('#p3 .work-label').innerText()).toMatch(/question/i);
    expect(await page.locator('#p3 + .work-notes').innerText()).toContain('Sixty, or sixty-two?');
    // Focus returns to the control that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Annotate ¶3');
    await page.reload();
    await expect.poll(() => marks(page)).toEqual(['question: more than 60 Syrian soldiers']);
    // The paragraph's words are unchanged by the marks it carries; the label, a word read before them, is not copied with them.
    const text = await page.locator('#p3').evaluate((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      for (const label of copy.querySelectorAll('.work-label')) label.remove();
      return copy.textContent;
    });
    expect(text).toContain('jets killed more than 60 Syrian soldiers in the eastern city');
    expect(await page.locator('#p3 .work-label').evaluate((label) => getComputedStyle(label).userSelect)).toBe('none');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('by mouse: double-clicking a word offers "Highlight selected words"', async () => {
    const page = await newPage(browser());
    await openFresh(page);
    const word = await page.locator('#p3').evaluate((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('strikes');
        if (at !== -1) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 3);
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
      }
      throw new Error('no word');
    });
    await page.mouse.dblclick(word.x, word.y);
    const offer = page.getByRole('button', { name: 'Highlight selected words' });
    await expect.poll(() => offer.isVisible()).toBe(true);
    await offer.click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.locator('[data-dialog-quote]').innerText()).toBe('strikes');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => marks(page)).toEqual(['evidence: strikes']);
    await page.close();
  });

  it('by touch, at 320 px: words selected by touch are highlighted with a tap', async () => {
    const page = await newPage(browser(), { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await openFresh(page);
    // A touch selection (long press, drag the handles) as the browser leaves it: the selection itself.
    await page.locator('#p4').evaluate((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('stunt');
        if (at !== -1) {
          getSelection()!.setBaseAndExtent(node, at, node, at + 'stunt'.length);
          return;
        }
      }
      throw new Error('no word');
    });
    const offer = page.getByRole('button', { name: 'Highlight selected words' });
    await expect.poll(() => offer.isVisible()).toBe(true);
    await offer.tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('New word').tap();
    await dialog.getByRole('button', { name: 'Save' }).tap();
    await expect.poll(() => marks(page)).toEqual(['word: stunt']);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('#p4').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}student-work-320.png` });
    await page.close();
  });

  it('keeps the others placed when the article’s text changes, and lists the changed one as not found', async () => {
    const page = await newPage(browser());
    await openFresh(page);
    await annotateByKeyboard(page, 3, 'more than 60 Syrian soldiers', 'Evidence');
    await annotateByKeyboard(page, 6, 'Kerry', 'Evidence', 'Who he blames');
    // The article corrected: ¶3's figure changes.
    await page.route(`**/${VOA}`, async (route) => {
      const response = await route.fetch();
      let html = await response.text();
      html = html.replace('more than 60 Syrian', 'about 62 Syrian');
      await route.fulfill({ response, body: html });
    });
    await page.reload();
    await expect.poll(() => marks(page)).toEqual(['evidence: Kerry']);
    await page.getByRole('button', { name: 'My work' }).click();
    const panel = page.getByRole('region', { name: 'My work on this article' });
    await expect.poll(() => panel.getByRole('heading', { name: 'Not found in the article now' }).isVisible()).toBe(true);
    expect(await panel.locator('.work-list').last().innerText()).toContain('more than 60 Syrian soldiers');
    expect(await panel.locator('.work-list').first().innerText()).toContain('Kerry');
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('when the browser will not keep the work', () => {
  it('says so, keeps the highlight on the page, and still offers the download', async () => {
    const page = await newPage(browser());
    await page.goto(url(VOA));
    await clearWork(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await annotateByKeyboard(page, 3, 'more than 60 Syrian soldiers', 'Evidence');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Not saved: this browser’s storage for the site is full/);
    expect(await marks(page)).toEqual(['evidence: more than 60 Syrian soldiers']);
    await page.getByRole('button', { name: 'My work' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my work' }).click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.first.items).toHaveLength(1);
    await page.close();
  });
});

describe('answers', () => {
  it('every question on an article page has an answer box, saved as the student types and kept after reload', async () => {
    const page = await newPage(browser());
    await openFresh(page);
    const boxes = page.getByRole('textbox', { name: 'Your answer' });
    expect(await boxes.count()).toBe(await page.locator('.reading-guide .question-list li').count());
    await boxes.first().fill('The U.S.-led strike that killed Syrian soldiers (¶2–3).');
    await boxes.first().blur();
    await expect.poll(() => page.locator('[data-work-live]').innerText()).toMatch(/Answer saved/);
    await page.reload();
    await expect.poll(() => boxes.first().inputValue()).toBe('The U.S.-led strike that killed Syrian soldiers (¶2–3).');
    // The same question on the unit's page shows the same answer.
    await page.goto(url(UNIT));
    await expect.poll(() => page.locator('#q1-answer-evidence-1').inputValue()).toBe('The U.S.-led strike that killed Syrian soldiers (¶2–3).');
    await page.close();
  });

  it('the unit’s "My work" page gathers answers and highlights, each with its ¶ link', async () => {
    const page = await newPage(browser());
    await openFresh(page);
    await annotateByKeyboard(page, 3, 'more than 60 Syrian soldiers', 'Evidence', 'The number');
    await answerFirst(page, 'A strike.');
    await page.goto(url(`${UNIT}work/`));
    const text1 = page.getByRole('region', { name: /^Text 1: / });
    await expect.poll(() => text1.innerText()).toContain('A strike.');
    expect(await text1.getByRole('link', { name: '¶3' }).getAttribute('href')).toMatch(/\/articles\/syria-truce-in-peril-as-russia-us-tensions-rise\/#p3$/);
    expect(await text1.innerText()).toContain('The number');
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the hand-in file', () => {
  it('download, clear the browser, open the file: the same work comes back; the file is a Web Annotation collection', async () => {
    const page = await newPage(browser());
    await openFresh(page);
    await annotateByKeyboard(page, 3, 'more than 60 Syrian soldiers', 'Evidence', 'The number');
    await annotateByKeyboard(page, 7, 'Russia', 'Question');
    await answerFirst(page, 'A strike.');
    const before = await marks(page);
    await page.getByRole('button', { name: 'My work' }).click();
    await page.getByLabel('Your name (it goes on your file)').fill('Ana Student');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my work' }).click()]);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    // The model's required fields: the collection's and every annotation's.
    expect(file['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file.type).toBe('AnnotationCollection');
    expect(file.first.type).toBe('AnnotationPage');
    expect(file.first.items).toHaveLength(3);
    for (const item of file.first.items) {
      expect(item['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^urn:uuid:/);
      expect(item.body).toBeDefined();
      expect(item.target.source).toBe(url(VOA));
      expect(item.target.selector.length).toBeGreaterThan(0);
    }
    const highlight = file.first.items.find((item: { motivation: string }) => item.motivation === 'commenting');
    expect(highlight.target.selector).toEqual([
      expect.objectContaining({ type: 'FragmentSelector', value: 'p3', refinedBy: expect.objectContaining({ type: 'TextPositionSelector' }) }),
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'more than 60 Syrian soldiers' }),
    ]);
    expect(file.creator.name).toBe('Ana Student');

    await clearWork(page);
    await page.reload();
    await expect.poll(() => marks(page)).toEqual([]);
    await page.getByRole('button', { name: 'My work' }).click();
    await page.getByLabel('Open a file').setInputFiles(path);
    await page.getByRole('button', { name: 'Keep it as my work in this browser' }).click();
    await expect.poll(() => marks(page)).toEqual(before);
    expect(await page.getByRole('textbox', { name: 'Your answer' }).first().inputValue()).toBe('A strike.');
    await page.close();
  });

  it('the teacher’s view: the student’s work over the article, read-only, with the name on top', async () => {
    const student = await newPage(browser());
    await openFresh(student);
    await annotateByKeyboard(student, 3, 'more than 60 Syrian soldiers', 'Evidence', 'The number');
    await answerFirst(student, 'A strike.');
    await student.getByRole('button', { name: 'My work' }).click();
    await student.getByLabel('Your name (it goes on your file)').fill('Ana Student');
    const [download] = await Promise.all([student.waitForEvent('download'), student.getByRole('button', { name: 'Download my work' }).click()]);
    const path = await download.path();

    const teacher = await newPage(browser());
    const errors = recordPageErrors(teacher);
    await teacher.goto(url(`${UNIT}work/`));
    await teacher.getByLabel('Open a file').setInputFiles(path);
    await teacher.getByRole('button', { name: /Show it on the pages/ }).click();
    await expect.poll(() => teacher.getByRole('heading', { name: /Student’s work: Ana Student/ }).isVisible()).toBe(true);
    await teacher.goto(url(VOA));
    await expect.poll(() => teacher.getByRole('heading', { name: /Student’s work: Ana Student/ }).isVisible()).toBe(true);
    await expect.poll(() => marks(teacher)).toEqual(['evidence: more than 60 Syrian soldiers']);
    const answer = teacher.getByRole('textbox', { name: 'Your answer' }).first();
    expect(await answer.inputValue()).toBe('A strike.');
    expect(await answer.getAttribute('readonly')).not.toBeNull();
    // Nothing to change: no Annotate buttons, no edit buttons on the labels, no download.
    expect(await teacher.getByRole('button', { name: /^Annotate ¶/ }).count()).toBe(0);
    expect(await teacher.locator('#p3 button.work-label').count()).toBe(0);
    await teacher.getByRole('button', { name: 'My work' }).click();
    expect(await teacher.getByRole('button', { name: 'Download my work' }).count()).toBe(0);
    // The teacher's own browser keeps nothing of the student's.
    expect(await teacher.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('gloss-work:')))).toEqual([]);
    expect(await wcagViolations(teacher)).toEqual([]);
    await teacher.screenshot({ path: `${SCREENSHOT_DIR}student-work-teacher-1280.png` });
    await teacher.getByRole('button', { name: 'Stop viewing' }).click();
    await expect.poll(() => marks(teacher)).toEqual([]);
    expect(errors).toEqual([]);
    await student.close();
    await teacher.close();
  });

  it('a file that is not ours, or is damaged, gets a clear message', async () => {
    const page = await newPage(browser());
    const errors = recordPageErrors(page);
    await page.goto(url(`${UNIT}work/`));
    const open = page.getByLabel('Open a file');
    await open.setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => page.locator('.work-opened').innerText()).toMatch(/not a Gloss work file/);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/not a Gloss work file/);
    await open.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCol') });
    await expect.poll(() => page.locator('.work-opened').innerText()).toMatch(/not a Gloss work file/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on paper', () => {
  it('the printed article has the student’s highlights, notes and answers in place, and none of the controls', async () => {
    const page = await newPage(browser());
    await openFresh(page);
    await annotateByKeyboard(page, 3, 'more than 60 Syrian soldiers', 'Evidence', 'The number');
    await answerFirst(page, 'A strike on\nSyrian soldiers.');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#p3 mark.work-mark').first().isVisible()).toBe(true);
    expect(await page.locator('#p3 .work-label').isVisible()).toBe(true);
    expect(await page.locator('#p3 + .work-notes').innerText()).toContain('The number');
    const first = page.locator('.reading-guide .question-list li').first();
    expect(await first.locator('.answer-print').innerText()).toBe('A strike on\nSyrian soldiers.');
    expect(await first.locator('textarea').isVisible()).toBe(false);
    // The blank lines for writing give way to the written answer; unanswered questions keep theirs.
    expect(await first.locator('.answer-space').isVisible()).toBe(false);
    for (const selector of ['.work-toolbar', '.work-annotate']) expect(await page.locator(selector).first().isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOT_DIR}student-work-print.png`, fullPage: true });
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the article reads, and no control that needs JavaScript shows', async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await page.goto(url(VOA));
    expect(await page.locator('#p3').innerText()).toContain('more than 60 Syrian soldiers');
    for (const name of [/^Annotate ¶/, 'My work', 'Reading settings', 'Listen']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Your answer' }).count()).toBe(0);
    await page.close();
  });
});

describe('accessibility of the open states', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing with highlights, the panel, the answer boxes, the dialog and the settings open (${colorScheme})`, { timeout: 180_000 }, async () => {
      const page = await newPage(browser(), { colorScheme });
      await openFresh(page);
      await annotateByKeyboard(page, 3, 'more than 60 Syrian soldiers', 'Evidence', 'A note');
      await annotateByKeyboard(page, 4, 'stunt', 'New word');
      await annotateByKeyboard(page, 5, 'Churkin', 'Question');
      await page.getByRole('textbox', { name: 'Your answer' }).first().fill('An answer.');
      await page.getByRole('button', { name: 'My work' }).click();
      await page.getByRole('button', { name: 'Reading settings' }).click();
      await expect.poll(() => page.getByLabel('Text size').isVisible()).toBe(true);
      expect(await wcagViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}student-work-${colorScheme}-1280.png` });
      await page.locator('#p3').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOT_DIR}student-work-marks-${colorScheme}-1280.png` });
      await page.getByRole('button', { name: 'Annotate ¶6', exact: true }).click();
      expect(await wcagViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}student-work-dialog-${colorScheme}-1280.png` });
      await page.close();
    });
  }
});

describe('reading settings', () => {
  it('are kept for every page, and change the text', async () => {
    const page = await newPage(browser());
    await page.goto(url(VOA));
    await clearWork(page);
    await page.evaluate(() => localStorage.removeItem('gloss-reading'));
    await page.reload();
    const before = await page.locator('#p3').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByLabel('Text size').selectOption({ label: 'Largest' });
    await page.getByLabel('Line spacing').selectOption({ label: 'Widest' });
    await page.getByLabel('Letter and word spacing').selectOption({ label: 'Widest' });
    await expect.poll(() => page.locator('[data-work-live]').innerText()).toMatch(/Letter and word spacing: Widest/);
    expect(await page.locator('#p3').evaluate((p) => parseFloat(getComputedStyle(p).fontSize))).toBeCloseTo(before * 1.5, 0);
    await page.goto(url('glossary/'));
    expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ readSize: '3', readLines: '2', readSpacing: '2' });
    expect(await page.locator('main p').first().evaluate((p) => getComputedStyle(p).letterSpacing)).not.toBe('normal');
    await page.close();
  });

  it('line focus dims the page above and below the reader’s line, and follows the pointer', async () => {
    const page = await newPage(browser());
    await page.goto(url(VOA));
    await page.evaluate(() => localStorage.removeItem('gloss-reading'));
    await page.reload();
    await page.getByRole('button', { name: 'Reading settings' }).click();
    await page.getByLabel(/Line focus/).check();
    await page.mouse.move(400, 300);
    await expect.poll(() => page.locator('.line-focus').evaluate((ruler) => getComputedStyle(ruler).getPropertyValue('--focus-y'))).toBe('300px');
    // Remembered: the next page opens with it.
    await page.reload();
    await expect.poll(() => page.locator('.line-focus').count()).toBe(1);
    await page.evaluate(() => localStorage.removeItem('gloss-reading'));
    await page.close();
  });

  /**
   * WCAG 1.4.12: with the largest settings, and the criterion's own spacing on top, no text is cut
   * off: no box that hides its overflow holds more than it shows, and nothing runs off the page's side.
   */
  for (const width of [320, 1280]) {
    it(`text spacing (WCAG 1.4.12) holds at the largest settings at ${width} px on every kind of page`, { timeout: 180_000 }, async () => {
      const page = await newPage(browser(), { viewport: { width, height: 800 }, bypassCSP: true });
      await page.goto(url(VOA));
      await page.evaluate(() => localStorage.setItem('gloss-reading', JSON.stringify({ readSize: '3', readLines: '2', readSpacing: '2' })));
      const problems: string[] = [];
      for (const route of ['', VOA, UNIT, `${UNIT}work/`, `${UNIT}compare/`, `${UNIT}timeline/`, 'units/', 'glossary/', 'glossary/john-kerry/', 'search/?q=Kerry']) {
        await page.goto(url(route));
        await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
        if (route === VOA) {
          await page.getByRole('button', { name: 'My work' }).click();
          await page.getByRole('button', { name: 'Reading settings' }).click();
        }
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
          if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`page ${document.documentElement.scrollWidth} px wide`);
          for (const el of document.querySelectorAll<HTMLElement>('body *')) {
            if (el.closest('.visually-hidden, [hidden], dialog:not([open]), [popover]') || !el.textContent?.trim()) continue;
            const style = getComputedStyle(el);
            // Hidden for screen readers only (clipped to a pixel, as .visually-hidden does) is not text cut off.
            if (style.display === 'none' || (el.clientWidth <= 1 && el.clientHeight <= 1) || el.closest('thead')?.clientHeight === 1) continue;
            const hides = (value: string) => value === 'hidden' || value === 'clip';
            if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) out.push(`${name(el)} cuts its text off`);
            const box = el.getBoundingClientRect();
            if (el.children.length === 0 && box.width > 0 && (box.right > innerWidth + 1 || box.left < -1)) out.push(`${name(el)} runs off the page`);
          }
          return out;
        });
        problems.push(...found.map((problem) => `${route || 'home'}: ${problem}`));
        if (route === VOA) await page.screenshot({ path: `${SCREENSHOT_DIR}student-work-spacing-${width}.png` });
      }
      await page.evaluate(() => localStorage.removeItem('gloss-reading'));
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

describe('Listen', () => {
  /** A speechSynthesis that records what it is asked to say, starts each utterance and sends one word boundary; the test ends them. */
  const STUB = () => {
    const record = { spoken: [] as { text: string; rate: number }[], current: null as null | { onend?: () => void }, paused: false, cancelled: 0 };
    Object.assign(window, { speechRecord: record });
    class Utterance {
      text: string;
      rate = 1;
      lang = '';
      onstart?: () => void;
      onboundary?: (event: { name: string; charIndex: number; charLength: number }) => void;
      onend?: () => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synthesis = {
      speak(utterance: Utterance) {
        record.spoken.push({ text: utterance.text, rate: utterance.rate });
        record.current = utterance;
        setTimeout(() => {
          utterance.onstart?.();
          utterance.onboundary?.({ name: 'word', charIndex: 0, charLength: utterance.text.indexOf(' ') });
        }, 10);
      },
      pause: () => (record.paused = true),
      resume: () => (record.paused = false),
      cancel: () => (record.cancelled += 1),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  };

  it('reads the article a sentence at a time without the ¶ numbers, marking the sentence and word, with pause, speed and stop', async () => {
    const page = await newPage(browser());
    const errors = recordPageErrors(page);
    await page.addInitScript(STUB);
    await page.goto(url(VOA));
    const spoken = () => page.evaluate(() => (window as unknown as { speechRecord: { spoken: { text: string; rate: number }[] } }).speechRecord.spoken);
    await page.getByRole('button', { name: 'Listen' }).click();
    await expect.poll(async () => (await spoken()).length).toBe(1);
    const first = (await spoken())[0]!.text;
    expect(first).toMatch(/^The fragile cease-fire in Syria appeared to be unraveling Sunday/);
    expect(first).not.toMatch(/^1/);
    const marked = () => page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const text = (name: string) => [...(registry.get(name) ?? [])].map((range) => range.toString()).join('');
      return { sentence: text('listen-sentence'), word: text('listen-word') };
    });
    await expect.poll(marked).toEqual({ sentence: first, word: 'The' });
    // The next sentence follows when one ends.
    await page.evaluate(() => (window as unknown as { speechRecord: { current: { onend: () => void } } }).speechRecord.current.onend());
    await expect.poll(async () => (await spoken()).length).toBe(2);
    expect((await spoken())[1]!.text).toMatch(/^This violation comes amid/);
    const bar = page.locator('#listen-bar');
    await bar.getByRole('button', { name: 'Pause' }).click();
    expect(await page.evaluate(() => (window as unknown as { speechRecord: { paused: boolean } }).speechRecord.paused)).toBe(true);
    await bar.getByRole('button', { name: 'Resume' }).click();
    await bar.getByLabel('Speed').selectOption('1.5');
    await expect.poll(async () => (await spoken()).at(-1)!.rate).toBe(1.5);
    expect(await wcagViolations(page)).toEqual([]);
    await bar.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(marked).toEqual({ sentence: '', word: '' });
    expect(await bar.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Listen' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is not offered where the browser cannot speak', async () => {
    const page = await newPage(browser());
    await page.addInitScript(() => {
      delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis;
      delete (window as unknown as Record<string, unknown>).speechSynthesis;
    });
    await page.goto(url(VOA));
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'My work' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Listen' }).isVisible()).toBe(false);
    await page.close();
  });
});
