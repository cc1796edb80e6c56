/**
 * Progressive enhancement of the glossary popovers. Without this script the
 * cards already open on tap, click, Enter and Space and close on Escape (the
 * HTML popover API); this adds hover with an intent delay and places the card
 * next to its term on wide screens (narrow screens show it as a bottom sheet,
 * in CSS). Kept tiny: it ships on every article page.
 */

const OPEN_DELAY = 500;
const CLOSE_DELAY = 300;
const GAP = 8;
const sheetQuery = matchMedia('(max-width: 40rem)');

let invoker: HTMLElement | undefined;
let hoverCard: HTMLElement | undefined;
let timer: number | undefined;

const cardFor = (term: Element) => document.getElementById(term.getAttribute('popovertarget') ?? '');
const termOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('button.term') : null);

function place(card: HTMLElement) {
  if (!invoker || sheetQuery.matches) {
    card.style.removeProperty('inset');
    return;
  }
  const term = invoker.getBoundingClientRect();
  const { width, height } = card.getBoundingClientRect();
  const below = term.bottom + GAP;
  const top = below + height <= innerHeight || term.top - GAP - height < 0 ? below : term.top - GAP - height;
  const left = Math.min(Math.max(GAP, term.left), innerWidth - width - GAP);
  card.style.inset = `${Math.max(GAP, top)}px auto auto ${Math.max(GAP, left)}px`;
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
      if ((event as ToggleEvent).newState === 'open') place(card);
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
      card.showPopover();
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

  const reposition = () => {
    for (const card of cards) if (card.matches(':popover-open')) place(card);
  };
  addEventListener('scroll', reposition, { passive: true });
  addEventListener('resize', reposition, { passive: true });
}
