import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('names scoped by date, drafts, and who calls it what', () => {
  it('links "cessation of hostilities" by the article’s date, never publishes a draft, and lists each outlet’s names', async () => {
    const dated = (outlet: string, published: string, text: string) => `---\ntitle: ${outlet} on ${published}\nsource: ${outlet}\npublished: ${published}\n---\n\n${text}\n`;
    const truce = (name: string, range: string, summary: string) =>
      `---\nname: ${name}\nkind: agreement\ndatedAliases:\n  - name: cessation of hostilities\n${range}summary: ${summary}\n---\n`;
    const dir = content('dated', {
      // SANA, 30 April 2016, and a September 2016 article: the same words, two agreements.
      'articles/march.md': dated('SANA', '2016-04-30', 'Armed groups breached the cessation of hostilities 3 times in 24 hours. DAESH was not part of it.'),
      'articles/september.md': dated('Voice of America', '2016-09-18', 'The cessation of hostilities was faltering. Islamic State fighters attacked.'),
      'glossary/february-truce.md': truce('February 2016 cessation of hostilities', '    from: 2016-02-12\n    until: 2016-09-08\n', 'The February truce.'),
      'glossary/september-truce.md': truce('September 2016 cease-fire', '    from: 2016-09-09\n', 'The September deal.'),
      'glossary/islamic-state.md': '---\nname: Islamic State\nkind: group\naliases: [Daesh]\nsummary: An extremist group.\n---\n',
      'glossary/sohr.md': '---\nname: Syrian Observatory for Human Rights\nkind: organization\ndraft: true\nsummary: ""\n---\n',
    });
    const outDir = `${work}dated/dist/`;
    const result = await buildSite({ outDir, contentDir: dir });
    expect(result.code, result.output).toBe(0);
    const term = (entity: string) => `data-entity="${entity}"><button type="button" popovertarget="gloss-${entity}" aria-label="cessation of hostilities">cessation</button>`;
    const march = readFileSync(`${outDir}articles/march/index.html`, 'utf8');
    const september = readFileSync(`${outDir}articles/september/index.html`, 'utf8');
    expect(march).toContain(term('february-truce'));
    expect(march).not.toContain('data-entity="september-truce"');
    expect(september).toContain(term('september-truce'));
    expect(september).not.toContain('data-entity="february-truce"');
    expect(march).toContain('data-entity="islamic-state"><button type="button" popovertarget="gloss-islamic-state">DAESH</button>');

    expect(result.output).toMatch(/1 draft entry is not published .*glossary\/sohr\.md/);
    expect(existsSync(`${outDir}glossary/sohr/index.html`)).toBe(false);
    expect(readFileSync(`${outDir}glossary/index.html`, 'utf8')).not.toContain('Syrian Observatory');

    const entity = readFileSync(`${outDir}glossary/islamic-state/index.html`, 'utf8');
    const outlets = entity.slice(entity.indexOf('id="outlet-names"'), entity.indexOf('id="mentions"'));
    expect(outlets).toMatch(/<dt>SANA<\/dt>\s*<dd><span>DAESH<\/span> <span class="meta">\(1\)<\/span><\/dd>/u);
    expect(outlets).toMatch(/<dt>Voice of America<\/dt>\s*<dd><span>Islamic State<\/span>/u);
  });
});
