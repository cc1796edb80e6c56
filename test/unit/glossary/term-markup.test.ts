import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { keepTermsWithAdjacentText, termElement } from '../../../src/lib/glossary/term-markup.ts';

const term = (id: string, text: string) => termElement(id, [{ type: 'text', value: text }]);
/** The paragraph after grouping, with terms shortened to [words]. */
function grouped(...children: (string | Element)[]): string {
  const paragraph = h('p', children as ElementContent[]);
  keepTermsWithAdjacentText(paragraph);
  return toHtml(paragraph)
    .replace(/<span class="term-space">(\s+)<\/span>/gu, '$1')
    .replace(/<span class="term" data-entity="[^"]*">(.*?)<\/span>/gu, (_, inner: string) => `[${inner.replace(/<[^>]*>/gu, '')}]`);
}

describe('termElement', () => {
  it('is a span of buttons, one a word, so that it wraps like the words it stands for', () => {
    expect(toHtml(term('unga', 'United Nations General Assembly'))).toBe(
      '<span class="term" data-entity="unga">' +
        '<button type="button" popovertarget="gloss-unga" aria-label="United Nations General Assembly">United</button> ' +
        '<button type="button" popovertarget="gloss-unga" tabindex="-1" aria-hidden="true">Nations</button> ' +
        '<button type="button" popovertarget="gloss-unga" tabindex="-1" aria-hidden="true">General</button> ' +
        '<button type="button" popovertarget="gloss-unga" tabindex="-1" aria-hidden="true">Assembly</button></span>',
    );
  });

  it('gives a one-word term one button, named by its text', () => {
    expect(toHtml(term('syria', 'Syria'))).toBe('<span class="term" data-entity="syria"><button type="button" popovertarget="gloss-syria">Syria</button></span>');
  });

  it('keeps every character of the term, line breaks included', () => {
    const element = term('jfs', 'Jabhat\nFateh  al-Sham');
    expect(toString(element)).toBe('Jabhat\nFateh  al-Sham');
    expect(element.children.filter((child) => child.type === 'element' && child.tagName === 'button')).toHaveLength(4);
  });
});

describe('keepTermsWithAdjacentText', () => {
  it('keeps the punctuation after a term with it, so no line starts with it', () => {
    expect(grouped('President ', term('barack-obama', 'Barack Obama'), '’s last-ditch effort')).toBe(
      '<p>President <span class="term-group">[Barack Obama]’s</span> last-ditch effort</p>',
    );
    expect(grouped('the ', term('jfs', 'Nusra Front'), ', which has')).toBe('<p>the <span class="term-group">[Nusra Front],</span> which has</p>');
  });

  it('keeps an opening bracket or quote before a term with it, and lets a line break after a hyphen, as in text', () => {
    expect(grouped('militants (', term('isis', 'ISIS'), ') and ', term('russia', 'Russia'), '-', term('syria', 'Syria'), ' talks')).toBe(
      '<p>militants <span class="term-group">([ISIS])</span> and <span class="term-group">[Russia]-</span><wbr>[Syria] talks</p>',
    );
    expect(grouped('the ', term('us', 'American'), '-led coalition and U.S.-', term('russia', 'Russia'), ' talks')).toBe(
      '<p>the <span class="term-group">[American]-</span><wbr>led coalition and U.S.-[Russia] talks</p>',
    );
    expect(grouped('a ', term('us', 'U.S.'), '-5 jet')).toBe('<p>a <span class="term-group">[U.S.]-5</span> jet</p>');
  });

  it('splits a hyphenated word of a term where text would break', () => {
    expect(toHtml(term('assad', 'Bashar al-Assad'))).toContain('>al-</button><wbr><button');
  });

  it('leaves a term with space on both sides, and terms inside other markup, alone or grouped in place', () => {
    expect(grouped('and ', term('russia', 'Russia'), ' said')).toBe('<p>and [Russia] said</p>');
    expect(grouped(h('em', ['in ', term('syria', 'Syria'), '.']), ' Then')).toBe('<p><em>in <span class="term-group">[Syria].</span></em> Then</p>');
    expect(grouped(term('syria', 'Syria'))).toBe('<p>[Syria]</p>');
  });

  it('lets a grouped term break between its own words', () => {
    const paragraph = h('p', ['President ', term('barack-obama', 'Barack Obama'), '’s effort']);
    keepTermsWithAdjacentText(paragraph);
    expect(toHtml(paragraph)).toContain('>Barack</button><span class="term-space"> </span><button');
  });
});
