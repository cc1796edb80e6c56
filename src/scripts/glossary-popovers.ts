/**
 * Progressive enhancement of the glossary popovers. Without this script the
 * cards already open on tap, click, Enter and Space and close on Escape (the
 * HTML popover API), and CSS places them by their term (anchor positioning)
 * or as a sheet at the bottom of the screen. This adds hover with an intent
 * delay, and scrolls a term that a sheet would cover into view above it.
 * Kept tiny: it ships on every article page.
 */

const OPEN_DELAY = 500;
const CLOSE_DELAY = 300;
/** Space kept between a term and the sheet below it. */
const GAP = 16;

let invoker: HTMLElement | undefined;
let hoverCard: HTMLElement | undefined;
let timer: number | undefined;

/** A term is a span of buttons, one a word (term-markup.ts); each opens its card. */
const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.term') : null);
const firstButton = (term: Element) => term.querySelector<HTMLButtonElement>('button[popovertarget]');
const cardFor = (term: Element) => document.getElementById(firstButton(term)?.getAttribute('popovertarget') ?? '');
/** The word under the pointer, the card's anchor; the term's first word when the pointer is on a space between words. */
const wordOf = (target: EventTarget | null, term: HTMLElement) => (target instanceof Element ? target.closest<HTMLElement>('button') : null) ?? firstButton(term) ?? term;

/**
 * A card shown as a sheet at the bottom of the screen must not hide the term
 * it explains (on a phone, most taps are low on the screen): scroll the term
 * to just above it. A card placed by its term never covers it.
 */
function revealTermAbove(card: HTMLElement) {
  if (!invoker) return;
  const sheet = card.getBoundingClientRect();
  const term = invoker.getBoundingClientRect();
  const covered = term.bottom + GAP > sheet.top && term.top < sheet.bottom && term.right > sheet.left && term.left < sheet.right;
  if (covered) scrollBy({ top: Math.min(term.bottom + GAP - sheet.top, term.top - GAP), behavior: 'instant' });
}

function later(action: () => void, delay: number) {
  clearTimeout(timer);
  timer = window.setTimeout(action, delay);
}

export function enhanceGlossaryPopovers() {
  const cards = document.querySelectorAll<HTMLElement>('.gloss-card');
  if (cards.length === 0) return;

  for (const card of cards) {
    card.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'open') revealTermAbove(card);
      else if (hoverCard === card) hoverCard = undefined;
    });
    card.addEventListener('pointerenter', () => clearTimeout(timer));
    card.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && hoverCard === card) later(() => card.hidePopover(), CLOSE_DELAY);
    });
  }

  document.addEventListener(
    'click',
    (event) => {
      const term = termOf(event.target);
      const card = term && cardFor(term);
      if (!term || !card) return;
      invoker = term;
      // A click on a card that hover opened pins it open rather than toggling it shut.
      if (hoverCard === card) {
        event.preventDefault();
        hoverCard = undefined;
      } else if (!(event.target as Element).closest('button')) {
        // The space between two words of a term is part of it, though no button.
        if (card.matches(':popover-open')) card.hidePopover();
        else card.showPopover({ source: wordOf(event.target, term) });
      }
    },
    true,
  );

  document.addEventListener('pointerover', (event) => {
    const term = termOf(event.target);
    if (!term || event.pointerType !== 'mouse') return;
    const card = cardFor(term);
    if (!card) return;
    if (card.matches(':popover-open')) {
      clearTimeout(timer);
      return;
    }
    later(() => {
      invoker = term;
      // The word as source: the card's anchor, as a click's would be.
      card.showPopover({ source: wordOf(event.target, term) });
      hoverCard = card;
    }, OPEN_DELAY);
  });

  document.addEventListener('pointerout', (event) => {
    const term = termOf(event.target);
    if (!term || event.pointerType !== 'mouse' || term.contains(event.relatedTarget as Node | null)) return;
    const card = cardFor(term);
    if (hoverCard && hoverCard === card) later(() => card.hidePopover(), CLOSE_DELAY);
    else clearTimeout(timer);
  });
}
