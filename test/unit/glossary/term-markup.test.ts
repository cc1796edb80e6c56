import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { keepTermsWithAdjacentText, termElement } from '../../../src/lib/glossary/term-markup.ts';

const term = (id: string, text: string) => termElement(id, [{ type: 'text', value: text }]);
/** The paragraph after grouping, with terms shortened to [words]. */
function grouped(...children: (string | Element)[]): string {
  const paragraph = h('p', children as ElementContent[]);
  keepTermsWithAdjacentText(paragraph);
  return toHtml(paragraph).replace(/<button[^>]*>(.*?)<\/button>/gu, '[$1]');
}

describe('keepTermsWithAdjacentText', () => {
  it('keeps the punctuation after a term with it, so no line starts with it', () => {
    expect(grouped('President ', term('barack-obama', 'Barack Obama'), '’s last-ditch effort')).toBe(
      '<p>President <span class="term-group">[Barack Obama]’s</span> last-ditch effort</p>',
    );
    expect(grouped('the ', term('jfs', 'Nusra Front'), ', which has')).toBe('<p>the <span class="term-group">[Nusra Front],</span> which has</p>');
  });

  it('keeps an opening bracket or quote before a term, and terms joined by a hyphen, together', () => {
    expect(grouped('militants (', term('isis', 'ISIS'), ') and ', term('russia', 'Russia'), '-', term('syria', 'Syria'), ' talks')).toBe(
      '<p>militants <span class="term-group">([ISIS])</span> and <span class="term-group">[Russia]-[Syria]</span> talks</p>',
    );
  });

  it('leaves a term with space on both sides, and terms inside other markup, alone or grouped in place', () => {
    expect(grouped('and ', term('russia', 'Russia'), ' said')).toBe('<p>and [Russia] said</p>');
    expect(grouped(h('em', ['in ', term('syria', 'Syria'), '.']), ' Then')).toBe('<p><em>in <span class="term-group">[Syria].</span></em> Then</p>');
    expect(grouped(term('syria', 'Syria'))).toBe('<p>[Syria]</p>');
  });
});
