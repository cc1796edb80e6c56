import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/paths.ts';
import { sitePages } from '../support/site-files.ts';

const VOA_ID = 'syria-truce-in-peril-as-russia-us-tensions-rise';
const FP_ID = 'washington-scrambles-to-save-syria-cease-fire-amid-escalating-violence';
const UNIT = '/units/september-2016-syria-cease-fire/';
const pages = sitePages(BUILDS.root.outDir);
const page = (route: string) => pages.find((candidate) => candidate.route === route)!.html;
const parse = (html: string) => unified().use(rehypeParse).parse(html);
const hasClass = (node: Element, name: string) => ([] as unknown[]).concat(node.properties?.className ?? []).includes(name);

function elements(html: string, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(parse(html), 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}
function links(root: Element): { href: string; text: string }[] {
  const found: { href: string; text: string }[] = [];
  visit(root, 'element', (node: Element) => {
    if (node.tagName === 'a') found.push({ href: String(node.properties?.href), text: toString(node) });
  });
  return found;
}

describe('an article in a unit', () => {
  it.each([
    [VOA_ID, 1],
    [FP_ID, 2],
  ])('%s links to its unit, its questions there, the comparison and the timeline', (id, text) => {
    const [nav] = elements(page(`articles/${id}/`), (node) => node.tagName === 'nav' && hasClass(node, 'article-units'));
    expect(nav).toBeDefined();
    expect(toString(nav!)).toMatch(/^Part of:/);
    expect(links(nav!)).toEqual([
      { href: UNIT, text: 'The September 2016 Syria cease-fire' },
      { href: `${UNIT}#text-${text}`, text: 'Questions' },
      { href: `${UNIT}compare/`, text: 'Compare' },
      { href: `${UNIT}timeline/`, text: 'Timeline' },
    ]);
    expect(page('units/september-2016-syria-cease-fire/')).toContain(`id="text-${text}"`);
  });
});

describe('the site header', () => {
  it('links to the units on every page, and /units/ lists them', () => {
    for (const { route, html } of pages) {
      const [nav] = elements(html, (node) => node.tagName === 'nav' && node.properties?.ariaLabel === 'Site');
      expect(links(nav!).map(({ text }) => text), route).toEqual(['Articles', 'Units', 'Glossary']);
    }
    const [units] = elements(page('units/'), (node) => node.tagName === 'ul' && hasClass(node, 'reading-list'));
    expect(links(units!)).toEqual([{ href: UNIT, text: 'The September 2016 Syria cease-fire' }]);
  });
});

describe('entity pages', () => {
  const entityPages = pages.filter(({ route }) => /^glossary\/[^/]+\/$/u.test(route));
  /** Each mention item's paragraph label and sentence, in page order. */
  const mentionItems = (html: string) =>
    elements(html, (node) => node.tagName === 'li' && node.children.some((child) => child.type === 'element' && hasClass(child, 'para'))).map((li) => toString(li));

  it('never show the same sentence twice in a row (Islamic State FP ¶15, Jabhat Fateh al-Sham FP ¶16)', () => {
    expect(entityPages.length).toBeGreaterThan(40);
    for (const { route, html } of entityPages) {
      const items = mentionItems(html);
      items.forEach((item, index) => expect(item, route).not.toBe(items[index - 1]));
    }
    const jfs = mentionItems(page('glossary/jabhat-fateh-al-sham/'));
    expect(jfs.filter((item) => item.includes('which has renamed itself Jabhat Fateh al-Sham'))).toHaveLength(1);
  });

  it('mark every mention in a sentence, and never cut a name at its initial (John F. Kerry)', () => {
    const html = page('glossary/jabhat-fateh-al-sham/');
    expect(html).toMatch(/<mark>Nusra Front<\/mark>,\s+which has renamed itself <mark>Jabhat Fateh al-Sham<\/mark>/u);
    expect(mentionItems(page('glossary/john-kerry/'))).toContainEqual(expect.stringMatching(/^Caption 1NEW YORK.*John F\. Kerry delivers a speech/u));
  });

  it('list no alias that differs from the name only in case', () => {
    expect(page('glossary/joint-implementation-center/')).not.toContain('Also called');
    expect(page('glossary/jabhat-fateh-al-sham/')).toContain('Also called: Nusra Front');
  });
});
