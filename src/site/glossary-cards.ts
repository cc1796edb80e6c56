import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { KIND_LABELS } from '../lib/glossary/kinds.ts';
import { popoverId } from '../lib/glossary/term-markup.ts';
import type { GlossaryEntry } from './glossary.ts';
import { glossaryPath } from './paths.ts';

/**
 * Each entry's popover card, as HTML, made once per build: a card is the
 * same on every page that mentions its entity, and a big set puts the same
 * few hundred cards on thousands of pages. Keyed by the entry object, so dev
 * mode, which reloads the glossary on every request, never shows a stale card.
 */
const cards = new WeakMap<GlossaryEntry, string>();

export function glossaryCardHtml(entry: GlossaryEntry): string {
  let html = cards.get(entry);
  if (html === undefined) cards.set(entry, (html = toHtml(glossaryCard(entry))));
  return html;
}

/**
 * A card: kind, name and summary, a link to the entry's page and a close
 * button. A native popover, so it opens from its terms with no JavaScript; a
 * dialog named by the entity. On paper it prints as the entry's endnote.
 */
function glossaryCard(entry: GlossaryEntry) {
  const id = popoverId(entry.id);
  const { name, kind, role, summary } = entry.data;
  return h('div', { id, popover: true, className: ['gloss-card'], role: 'dialog', ariaLabelledBy: `${id}-name` }, [
    h('p', { className: ['gloss-card__kind'] }, role ? `${KIND_LABELS[kind].one} · ${role}` : KIND_LABELS[kind].one),
    h('p', { className: ['gloss-card__name'], id: `${id}-name` }, name),
    h('p', { className: ['gloss-card__summary'] }, summary),
    h('a', { className: ['gloss-card__more'], href: glossaryPath(entry.id) }, [`More about ${name}`, h('span', { ariaHidden: 'true' }, ' →')]),
    h('button', { className: ['gloss-card__close'], type: 'button', popovertarget: id, popovertargetaction: 'hide', ariaLabel: 'Close' }, [
      h('span', { ariaHidden: 'true' }, '×'),
    ]),
  ]);
}
