import { describe, expect, it } from 'vitest';
import { checkInPageLinks, isSafeUrl, missingInPageTarget } from '../../src/lib/article-body/untrusted-markdown.ts';
import { bodyRenderers, type BodyRendererName } from '../../src/render/index.ts';

describe('isSafeUrl', () => {
  it.each(['https://example.org/a?b=c', 'http://x.test', 'mailto:editor@example.org', '/articles/x/', '#p3', 'page.html', '?q=1'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd'])(
    'refuses %j',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});

describe.each(Object.keys(bodyRenderers) as BodyRendererName[])('the %s pipeline', (name) => {
  const render = bodyRenderers[name]();

  it('keeps only the words of a reference to an unsafe address, as of an unsafe inline link', () => {
    const { html, paragraphs } = render('[x][ref] and ![a picture][ref] and [ok][safe] and [twice]\n\n[ref]: javascript:alert(1)\n[safe]: https://example.org/\n[twice]: https://example.org/t\n[twice]: javascript:alert(2)\n');
    expect(paragraphs).toEqual(['x and a picture and ok and twice']);
    expect(html).not.toMatch(/href=""|<img/);
    expect(html).toContain('<a href="https://example.org/">ok</a>');
    // The first definition of a label is the one a reference uses.
    expect(html).toContain('<a href="https://example.org/t">twice</a>');
  });

  it('reports where in-page links point, so the build can check them', () => {
    const { inPageTargets } = render('[z](#p2), [w](#nowhere) and [r][d]; [out](https://example.org/#p9)\n\n> [q](#p%33)\n\n[d]: #p9\n');
    expect([...inPageTargets].sort()).toEqual(['nowhere', 'p2', 'p3', 'p9']);
  });
});

describe('missingInPageTarget', () => {
  it('accepts links to the article’s paragraphs, #p1 to #pN', () => {
    expect(missingInPageTarget(['p1', 'p3', 'p3'], 3)).toBeUndefined();
    expect(missingInPageTarget([], 0)).toBeUndefined();
  });
  it.each([[['p4'], 'p4'], [['p1', 'nonexistent'], 'nonexistent'], [['p0'], 'p0'], [['p01'], 'p01'], [[''], ''], [['P2'], 'P2']])('refuses %j', (targets, missing) => {
    expect(missingInPageTarget(targets, 3)).toBe(missing);
  });

  // Was a build in test/site/bad-input.test.ts: the build calls checkInPageLinks on each rendered article.
  it.each(Object.keys(bodyRenderers) as BodyRendererName[])('an in-page link to nothing stops the build, naming the file and the link (%s)', (name) => {
    const { inPageTargets, paragraphs } = bodyRenderers[name]()('See [the first](#p1) and [nothing](#nonexistent).\n');
    expect(() => checkInPageLinks('content/articles/links.md', inPageTargets, paragraphs.length)).toThrow(
      'content/articles/links.md: a link to "#nonexistent", which is not on the page: link a paragraph, #p1 to #p1',
    );
    expect(() => checkInPageLinks('content/articles/links.md', ['p1'], paragraphs.length)).not.toThrow();
  });
});
