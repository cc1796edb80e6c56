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

const cardFor = (term: Element) => document.getElementById(term.getAttribute('popovertarget') ?? '');
const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('button.term') : null);

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
      if (!term) return;
      invoker = term;
      // A click on a card that hover opened pins it open rather than toggling it shut.
      if (hoverCard && hoverCard === cardFor(term)) {
        event.preventDefault();
        hoverCard = undefined;
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
      // The term as source: the card's anchor, as a click's would be.
      card.showPopover({ source: term });
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
