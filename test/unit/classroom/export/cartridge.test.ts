import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { UnitData } from '../../../../src/lib/content/schemas.ts';
import { cartridgeFiles, unitCartridge, type CartridgeInput } from '../../../../src/lib/classroom/export/cartridge.ts';
import { siteUrls } from '../../../../src/lib/classroom/export/site-urls.ts';
import { attributeValues, cartridgeSchemaProblems, decodeXml, unzipAll, xmlProblems, xpath } from './xml-tools.ts';

const HOSTILE = `<script>alert("x")</script> & 'quoted' "twice" ]]> \u0007`;

const unitData = (overrides: Partial<UnitData> = {}): UnitData => ({
  title: 'The cease-fire',
  summary: 'Two reports.',
  articles: ['truce', 'scramble'],
  objectives: ['Cite evidence by paragraph.'],
  evidence: [{ question: 'Compare Text 1 ¶4–5 with Text 2 ¶14.', answer: 'Churkin blames the coalition; Power calls it a stunt.' }],
  discussion: [{ question: 'What changed between Text 1 and Text 2 ¶1–3?' }],
  ...overrides,
});

const input = (overrides: Partial<CartridgeInput> = {}): CartridgeInput => ({
  unit: { id: 'cease-fire', data: unitData() },
  instructionsHtml: '<p>Read Text 1 first.</p>',
  articles: [
    {
      id: 'truce',
      title: 'Syria Truce in Peril',
      questions: {
        evidence: [{ question: 'According to ¶2–3, what happened?', answer: 'A coalition strike killed Syrian soldiers near Deir al-Zor.' }],
        discussion: [{ question: 'Is a fragile truce better than none (¶10)?' }],
      },
    },
    { id: 'scramble', title: 'Washington Scrambles', questions: undefined },
  ],
  site: siteUrls('https://school.example/gloss'),
  language: 'en',
  studentHandouts: [{ name: 'unit-cease-fire.pdf', bytes: new TextEncoder().encode('%PDF-1.4 student') }],
  teacherHandouts: [{ name: 'unit-cease-fire.pdf', bytes: new TextEncoder().encode('%PDF-1.4 teacher: the answers') }],
  ...overrides,
});

const text = (files: Map<string, Uint8Array | Buffer>, path: string) => new TextDecoder().decode(files.get(path));
const RESOURCE = "//*[local-name()='resource']";

describe('the package', () => {
  const zip = unitCartridge(input());
  const files = unzipAll(zip);
  const manifest = text(files, 'imsmanifest.xml');

  it('is a zip that Debian’s unzip reads back, manifest first', () => {
    expect([...files.keys()][0]).toBe('imsmanifest.xml');
    expect([...files.keys()]).toEqual([...cartridgeFiles(input()).keys()]);
    expect(text(files, 'web_resources/handouts/unit-cease-fire.pdf')).toBe('%PDF-1.4 student');
  });

  it('has well-formed XML in every .xml and .html file', () => {
    for (const [name, bytes] of files) {
      if (name.endsWith('.xml')) expect(xmlProblems(bytes.toString('utf8')), name).toBe('');
    }
    // The instructions page is HTML5, written as well-formed XML too (after its doctype).
    expect(xmlProblems(text(files, 'web_resources/instructions.html').replace('<!DOCTYPE html>', ''))).toBe('');
  });

  it('validates with xmllint against the CC 1.1 structure of each file (Gloss’s own schemas in ./schemas: IMS’s are not shipped, see its README)', () => {
    expect(cartridgeSchemaProblems(files)).toEqual({});
    expect(Object.keys(cartridgeSchemaProblems(new Map([['imsmanifest.xml', Buffer.from(manifest.replace('<schemaversion>1.1.0', '<schemaversion>1.3.0'))]])))).toEqual(['imsmanifest.xml']);
  });

  it('lists every file of every resource, and every file in the zip belongs to a resource', () => {
    const listed = attributeValues(manifest, `${RESOURCE}/*[local-name()='file']/@href`);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...files.keys()].filter((name) => name !== 'imsmanifest.xml').sort());
    // A resource's href is one of its own files.
    for (const id of attributeValues(manifest, `${RESOURCE}[@href]/@identifier`)) {
      const href = attributeValues(manifest, `${RESOURCE}[@identifier='${id}']/@href`)[0]!;
      expect(attributeValues(manifest, `${RESOURCE}[@identifier='${id}']/*[local-name()='file']/@href`)).toContain(href);
    }
  });

  it('is Common Cartridge 1.1 in its structure (a written-down check: the IMS schemas are not shipped, see README)', () => {
    expect(xpath(manifest, "namespace-uri(/*)")).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1');
    expect(xpath(manifest, "string(/*/*[local-name()='metadata']/*[local-name()='schema'])")).toBe('IMS Common Cartridge');
    expect(xpath(manifest, "string(/*/*[local-name()='metadata']/*[local-name()='schemaversion'])")).toBe('1.1.0');
    expect(xpath(manifest, "count(//*[local-name()='organization'][@structure='rooted-hierarchy'])")).toBe('1');
    // Every identifier once; every item opens a resource that exists; every resource of a known CC 1.1 type.
    const ids = attributeValues(manifest, '//@identifier');
    expect(new Set(ids).size).toBe(ids.length);
    const resources = attributeValues(manifest, `${RESOURCE}/@identifier`);
    const opened = attributeValues(manifest, "//*[local-name()='item']/@identifierref");
    for (const ref of opened) expect(resources).toContain(ref);
    expect(new Set(attributeValues(manifest, `${RESOURCE}/@type`))).toEqual(new Set(['webcontent', 'imswl_xmlv1p1', 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment']));
    // Web links and assessments have no href in CC 1.1; web content does.
    expect(xpath(manifest, `count(${RESOURCE}[@type!='webcontent'][@href])`)).toBe('0');
    expect(xpath(manifest, `count(${RESOURCE}[@type='webcontent'][not(@href)])`)).toBe('0');
    // LOM general: title before language before description.
    expect(xpath(manifest, "name(//*[local-name()='general']/*[2])")).toBe('lomimscc:language');
  });

  it('links the unit’s pages and articles on the deployed site', () => {
    const urls = [...files].filter(([name]) => name.startsWith('links/')).flatMap(([, bytes]) => attributeValues(bytes.toString('utf8'), "//*[local-name()='url']/@href"));
    expect(urls).toEqual([
      'https://school.example/gloss/units/cease-fire/',
      'https://school.example/gloss/articles/truce/',
      'https://school.example/gloss/articles/scramble/',
      'https://school.example/gloss/units/cease-fire/compare/',
      'https://school.example/gloss/units/cease-fire/timeline/',
    ]);
    for (const [name, bytes] of files) {
      if (name.startsWith('links/')) expect(xpath(bytes.toString('utf8'), 'namespace-uri(/*)'), name).toBe('http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1');
    }
  });

  it('keeps the teacher handout in a teacher-only resource, out of the students’ module', () => {
    const teacher = `${RESOURCE}[*[local-name()='file']/@href='teacher/unit-cease-fire.pdf']`;
    expect(xpath(manifest, `string(${teacher}//*[local-name()='intendedEndUserRole']/*[local-name()='value'])`)).toBe('Instructor');
    const id = attributeValues(manifest, `${teacher}/@identifier`)[0]!;
    expect(attributeValues(manifest, "//*[local-name()='item']/@identifierref")).not.toContain(id);
    // Every resource in the module is for everyone.
    for (const ref of attributeValues(manifest, "//*[local-name()='item']/@identifierref")) {
      expect(xpath(manifest, `count(${RESOURCE}[@identifier='${ref}']//*[local-name()='intendedEndUserRole'])`)).toBe('0');
    }
  });
});

describe('the questions', () => {
  const files = unzipAll(unitCartridge(input()));
  const qti = text(files, 'questions/assessment.xml');
  const ITEM = "//*[local-name()='item']";

  it('are one QTI 1.2 assessment of essay items in the CC 1.1 profile', () => {
    expect(xmlProblems(qti)).toBe('');
    expect(xpath(qti, 'namespace-uri(/*)')).toBe('http://www.imsglobal.org/xsd/ims_qtiasiv1p2');
    expect(xpath(qti, "count(/*/*[local-name()='assessment'])")).toBe('1');
    expect(xpath(qti, "count(//*[local-name()='section'])")).toBe('1');
    const field = (label: string) => `*[local-name()='qtimetadatafield'][*[local-name()='fieldlabel']='${label}']/*[local-name()='fieldentry']`;
    expect(xpath(qti, `string(//*[local-name()='assessment']/*[local-name()='qtimetadata']/${field('cc_profile')})`)).toBe('cc.exam.v0p1');
    // 2 of Text 1's, none for Text 2, 2 across the texts.
    expect(attributeValues(qti, `${ITEM}/@ident`)).toEqual(['text-1-evidence-1', 'text-1-discussion-1', 'unit-evidence-1', 'unit-discussion-1']);
    expect(xpath(qti, `count(${ITEM}[*[local-name()='itemmetadata']//${field('cc_profile')}='cc.essay.v0p1'])`)).toBe('4');
    expect(xpath(qti, `count(${ITEM}/*[local-name()='presentation']/*[local-name()='response_str']/*[local-name()='render_fib'])`)).toBe('4');
    // Every displayfeedback names feedback of its own item.
    expect(xpath(qti, `count(${ITEM}[.//*[local-name()='displayfeedback'][not(@linkrefid=../../../*[local-name()='itemfeedback']/@ident)]])`)).toBe('0');
  });

  it('link each ¶ reference to the paragraphs on the deployed site', () => {
    // string() gives the element's text: the HTML, its XML escaping undone.
    const html = (ident: string) => xpath(qti, `string(${ITEM}[@ident='${ident}']/*[local-name()='presentation']//*[local-name()='mattext'])`);
    expect(html('text-1-evidence-1')).toContain('<a href="https://school.example/gloss/articles/truce/?paragraphs=2-3#p2">¶2–3</a>');
    expect(html('text-1-discussion-1')).toContain('<a href="https://school.example/gloss/articles/truce/#p10">¶10</a>');
    expect(html('unit-evidence-1')).toBe(
      '<p>Compare <a href="https://school.example/gloss/articles/truce/?paragraphs=4-5#p4">Text 1 ¶4–5</a> with <a href="https://school.example/gloss/articles/scramble/#p14">Text 2 ¶14</a>.</p>',
    );
    expect(html('unit-discussion-1')).toContain('<a href="https://school.example/gloss/articles/truce/">Text 1</a>');
  });

  it('keep every answer key out of every student-facing field: only in the item’s general feedback', () => {
    const answers = ['A coalition strike killed Syrian soldiers near Deir al-Zor.', 'Churkin blames the coalition; Power calls it a stunt.'];
    // Everything but the feedback, decoded as the LMS would show it (XML text, then HTML).
    const withoutFeedback = qti.replace(/<itemfeedback\b[\s\S]*?<\/itemfeedback>/gu, '');
    expect(withoutFeedback).not.toContain('itemfeedback');
    const studentFacing = [decodeXml(decodeXml(withoutFeedback)), ...[...files].filter(([name]) => !name.startsWith('teacher/') && name !== 'questions/assessment.xml').map(([, bytes]) => decodeXml(decodeXml(bytes.toString('utf8'))))];
    for (const answer of answers) {
      for (const fileText of studentFacing) expect(fileText).not.toContain(answer);
      // …and each is where the teacher will find it.
      expect(decodeXml(decodeXml(xpath(qti, "//*[local-name()='itemfeedback']")))).toContain(answer);
    }
    // No item without a key has feedback.
    expect(xpath(qti, `count(${ITEM}[@ident='unit-discussion-1']//*[local-name()='itemfeedback'])`)).toBe('0');
  });

  it('escape hostile titles, questions and answers in the XML and the HTML they carry', () => {
    const hostile = input({
      unit: { id: 'cease-fire', data: unitData({ title: HOSTILE, summary: HOSTILE, objectives: [HOSTILE], evidence: [{ question: `Text 1 ¶2 ${HOSTILE}`, answer: HOSTILE }] }) },
      articles: [{ id: 'truce', title: HOSTILE, questions: { evidence: [{ question: HOSTILE, answer: HOSTILE }], discussion: [] } }],
    });
    const all = unzipAll(unitCartridge(hostile));
    for (const [name, bytes] of all) {
      const source = bytes.toString('utf8');
      if (name.endsWith('.xml')) expect(xmlProblems(source), name).toBe('');
      if (name.endsWith('.html')) expect(xmlProblems(source.replace('<!DOCTYPE html>', '')), name).toBe('');
      expect(source, name).not.toContain('<script>');
    }
    expect(cartridgeSchemaProblems(all)).toEqual({});
    const clean = HOSTILE.replace('\u0007', '');
    const manifest = text(all, 'imsmanifest.xml');
    expect(xpath(manifest, "string(//*[local-name()='organization']//*[local-name()='item']/*[local-name()='title'])")).toBe(clean);
    const qti = text(all, 'questions/assessment.xml');
    // The HTML inside mattext, once parsed as XML, has the text as written and no element but p and a.
    const mattext = xpath(qti, "string(//*[local-name()='item'][@ident='text-1-evidence-1']/*[local-name()='presentation']//*[local-name()='mattext'])");
    expect(xmlProblems(`<div>${mattext.replaceAll('&#39;', '&apos;')}</div>`)).toBe('');
    expect(decodeXml(mattext.replace(/<[^>]+>/gu, ''))).toBe(`Text 1: ${clean}${clean}`);
    expect(mattext).not.toMatch(/<(?!\/?(?:p|a)\b)/u);
    expect(xpath(text(all, 'links/text-1.xml'), "string(//*[local-name()='title'])")).toBe(`Text 1: ${clean}`);
  });
});

describe('a unit with no questions', () => {
  it('still exports: instructions and links, no assessment', () => {
    const none = input({ unit: { id: 'quiet', data: unitData({ evidence: [], discussion: [] }) }, articles: [{ id: 'truce', title: 'Truce' }] });
    const files = cartridgeFiles(none);
    expect([...files.keys()].some((name) => name.startsWith('questions/'))).toBe(false);
    expect(text(files, 'imsmanifest.xml')).not.toContain('assessment');
    expect(files.has('web_resources/instructions.html')).toBe(true);
    expect(cartridgeSchemaProblems(files)).toEqual({});
  });
});

describe('the same content', () => {
  it('makes the same bytes, run after run and in any time zone', () => {
    expect(unitCartridge(input())).toEqual(unitCartridge(input()));
    const zipModule = fileURLToPath(new URL('../../../../src/lib/classroom/export/zip.ts', import.meta.url));
    const script = `import { zipFiles } from ${JSON.stringify(zipModule)}; import { createHash } from 'node:crypto';
      const files = new Map([['imsmanifest.xml', new TextEncoder().encode('<manifest/>')], ['a/b.pdf', new Uint8Array([1, 2, 3])]]);
      console.log(createHash('sha256').update(zipFiles(files)).digest('hex'));`;
    const hashes = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.trim();
    });
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/u);
    expect(createHash('sha256').update(unitCartridge(input())).digest('hex')).toBe(createHash('sha256').update(unitCartridge(input())).digest('hex'));
  });
});

describe('the site address', () => {
  it('is required, and must be http(s)', () => {
    expect(() => siteUrls(undefined)).toThrow(/set GLOSS_SITE \(or pass --site\)/u);
    expect(() => siteUrls('')).toThrow(/GLOSS_SITE/u);
    expect(() => siteUrls('javascript:alert(1)')).toThrow(/not an http:\/\/ or https:\/\/ address/u);
    expect(() => siteUrls('school.example')).toThrow(/not a web address/u);
    expect(siteUrls('https://school.example').article('a')).toBe('https://school.example/articles/a/');
    expect(siteUrls('http://school.example/gloss/').unit('u', 'timeline/')).toBe('http://school.example/gloss/units/u/timeline/');
    // GLOSS_BASE as the build takes it: the path under the origin.
    expect(siteUrls('https://school.example', '/guide/').article('a')).toBe('https://school.example/guide/articles/a/');
    expect(siteUrls('https://school.example/guide/', '/guide/').article('a')).toBe('https://school.example/guide/articles/a/');
    expect(siteUrls('https://school.example', 'guide').root).toBe('https://school.example/guide/');
    expect(siteUrls('https://school.example/', '/').root).toBe('https://school.example/');
  });
});
