import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { outputRoot } from '../support/paths.ts';

const work = `${outputRoot}glossary-build/`;

const article = (text: string) => `---\ntitle: A test article\nsource: Test Outlet\npublished: 2016-09-19\n---\n\n${text}\n`;
const entry = (name: string, aliases: string[], summary: string, extra = '') =>
  `---\nname: ${name}\nkind: person\naliases: [${aliases.join(', ')}]\nsummary: ${summary}\n${extra}---\n\nLonger text.\n`;

function content(name: string, files: Record<string, string>): string {
  const dir = `${work}${name}/content/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}articles`, { recursive: true });
  mkdirSync(`${dir}glossary`, { recursive: true });
  writeFileSync(`${dir}site.yaml`, 'title: Test set\n');
  for (const [file, text] of Object.entries(files)) writeFileSync(`${dir}${file}`, text);
  return dir;
}

describe('glossary checks at build time', () => {
  it('fails, naming both files, when two entries claim the same alias', async () => {
    const dir = content('conflict', {
      'articles/a.md': article('Kerry spoke.'),
      'glossary/john-kerry.md': entry('John Kerry', ['Kerry'], 'One.'),
      'glossary/kerry-county.md': entry('Kerry County', ['Kerry'], 'Two.'),
    });
    const result = await buildSite({ outDir: `${work}conflict/dist/`, contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/"Kerry" is claimed by \S*glossary\/john-kerry\.md and \S*glossary\/kerry-county\.md/);
  });

  it('fails on a reference to a glossary id that does not exist', async () => {
    const dir = content('unknown-id', {
      'articles/a.md': article('Kerry spoke.'),
      'glossary/john-kerry.md': entry('John Kerry', ['Kerry'], 'One.', 'seeAlso: [sergey-lavrov]\n'),
    });
    const result = await buildSite({ outDir: `${work}unknown-id/dist/`, contentDir: dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('glossary/john-kerry.md: field "seeAlso": no glossary entry has the id "sergey-lavrov"');
  });

  it('warns about an entry that matches nothing, and still builds', async () => {
    const dir = content('unmatched', {
      'articles/a.md': article('Kerry spoke.'),
      'glossary/john-kerry.md': entry('John Kerry', ['Kerry'], 'One.'),
      'glossary/sergey-lavrov.md': entry('Sergey Lavrov', ['Lavrov'], 'Two.'),
    });
    const result = await buildSite({ outDir: `${work}unmatched/dist/`, contentDir: dir });
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/glossary\/sergey-lavrov\.md: "Sergey Lavrov" matches nothing in the articles/);
    expect(result.output).not.toMatch(/john-kerry\.md: .* matches nothing/);
  });

  it('an edited glossary entry reaches every article that mentions it on the next build', async () => {
    const outDir = `${work}stale/dist/`;
    const files = {
      'articles/a.md': article('Kerry spoke first.'),
      'articles/b.md': article('Then Kerry spoke again.'),
      'glossary/john-kerry.md': entry('John Kerry', ['Kerry'], 'Summary version one.'),
    };
    const dir = content('stale', files);
    expect((await buildSite({ outDir, contentDir: dir })).code).toBe(0);
    for (const page of ['a', 'b']) expect(readFileSync(`${outDir}articles/${page}/index.html`, 'utf8')).toContain('Summary version one.');

    writeFileSync(`${dir}glossary/john-kerry.md`, entry('John Kerry', ['Kerry', 'Secretary Kerry'], 'Summary version two.'));
    writeFileSync(`${dir}articles/b.md`, article('Then Secretary Kerry spoke again.'));
    expect((await buildSite({ outDir, contentDir: dir })).code).toBe(0);
    for (const page of ['a', 'b']) {
      const html = readFileSync(`${outDir}articles/${page}/index.html`, 'utf8');
      expect(html).toContain('Summary version two.');
      expect(html).not.toContain('Summary version one.');
    }
    expect(readFileSync(`${outDir}articles/b/index.html`, 'utf8')).toContain('data-entity="john-kerry"><button type="button" popovertarget="gloss-john-kerry" aria-label="Secretary Kerry">Secretary</button>');
  });
});

describe('entity pages stay small, however long an article', () => {
  it('show a few sentences per article and link to the rest (a 6,000-mention article)', async () => {
    const paragraph = (n: number) => `In round ${n}, Kerry spoke first. Then Kerry spoke again, and Kerry listened.`;
    const dir = content('big-article', {
      'articles/long.md': article(Array.from({ length: 2000 }, (_, i) => paragraph(i + 1)).join('\n\n')),
      'articles/short.md': article('Kerry spoke once.'),
      'glossary/john-kerry.md': entry('John Kerry', ['Kerry'], 'The Secretary of State.'),
    });
    const outDir = `${work}big-article/dist/`;
    expect((await buildSite({ outDir, contentDir: dir })).code).toBe(0);
    const html = readFileSync(`${outDir}glossary/john-kerry/index.html`, 'utf8');
    expect(html.length).toBeLessThan(30_000);
    expect(html).toContain('6,001');
    const [long, short] = html.split('<h3>').slice(1);
    expect(long).toContain('6,000 mentions');
    // Five sentences, the second holding two mentions: seven mentions shown.
    expect(long!.match(/<li>/gu)).toHaveLength(5);
    expect(long).toContain('Then <mark>Kerry</mark> spoke again, and <mark>Kerry</mark> listened.');
    expect(long).toMatch(/<a href="\/articles\/long\/\?highlight=Kerry#p3">5,993 more mentions in this article<\/a>/u);
    expect(short!.match(/<li>/gu)).toHaveLength(1);
    expect(short).not.toContain('more mention');
  });
});
