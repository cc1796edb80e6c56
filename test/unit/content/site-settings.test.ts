import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EnvironmentSchema, loadSettings, readEnvironment, SITE_FILE_JSON_SCHEMA, SiteFileSchema, siteFileJsonSchema } from '../../../src/lib/settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'gloss-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** content/site.yaml as the build reads it, with GLOSS_CONTENT_DIR pointing at it. */
async function settingsFrom(yaml: string | Uint8Array) {
  writeFileSync(join(dir, 'site.yaml'), yaml);
  return loadSettings({ GLOSS_CONTENT_DIR: dir });
}

describe('content/site.yaml', () => {
  it('reads the title and a language tag, in canonical form', async () => {
    expect(await settingsFrom('title: A reading set\nlanguage: PT-br\n')).toMatchObject({ title: 'A reading set', language: 'pt-BR', glossaryLinks: 'first-per-paragraph' });
  });

  it('is checked as content files are, with the same messages', async () => {
    const file = join(dir, 'site.yaml');
    await expect(settingsFrom('title: T\nlanguage: en_US\n')).rejects.toThrow(`${file}: field "language": a language tag such as "en", "fr" or "pt-BR"; got "en_US"`);
    await expect(settingsFrom('title: T\nglosaryLinks: every\n')).rejects.toThrow(`${file}: unknown field "glosaryLinks" (did you mean "glossaryLinks"?)`);
    await expect(settingsFrom('title: T\nglossaryLinks: all\n')).rejects.toThrow(`${file}: field "glossaryLinks": must be one of every, first-per-paragraph, first-per-article; got "all"`);
    await expect(settingsFrom(Uint8Array.from([...new TextEncoder().encode('title: Caf'), 0xe9, 0x0a]))).rejects.toThrow(`${file}: not UTF-8 text (first bad byte on line 1)`);
    await expect(settingsFrom('a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n')).rejects.toThrow(`${file}: malformed YAML: `);
  });

  it('names a missing site.yaml', () => {
    expect(() => loadSettings({ GLOSS_CONTENT_DIR: join(dir, 'nowhere') })).toThrow(`${join(dir, 'nowhere')}/site.yaml: cannot read the file (ENOENT)`);
  });
});

describe('the environment', () => {
  it('has a default for every variable; an empty one is unset', () => {
    const defaults = { contentDir: 'content', markdown: 'satteri', teacherEdition: false, base: '/', siteUrl: undefined };
    expect(readEnvironment({})).toEqual(defaults);
    expect(readEnvironment({ GLOSS_CONTENT_DIR: '', GLOSS_MARKDOWN: '', GLOSS_BASE: '' })).toEqual(defaults);
  });

  it('reads each GLOSS_ variable, and only those', () => {
    const env = { GLOSS_CONTENT_DIR: 'other', GLOSS_MARKDOWN: 'unified', GLOSS_TEACHER: '1', GLOSS_BASE: '/guide/', GLOSS_SITE: 'https://school.example', HOME: '/root' };
    expect(readEnvironment(env)).toEqual({ contentDir: 'other', markdown: 'unified', teacherEdition: true, base: '/guide/', siteUrl: 'https://school.example' });
    expect(readEnvironment({ GLOSS_TEACHER: 'yes' }).teacherEdition).toBe(false);
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => readEnvironment({ GLOSS_MARKDOWN: 'remark' })).toThrow('environment: field "GLOSS_MARKDOWN": must be one of satteri, unified; got "remark"');
    expect(() => readEnvironment({ GLOSS_SITE: 'school.example' })).toThrow('environment: field "GLOSS_SITE": ');
  });
});

describe('the settings schemas', () => {
  it('describe every field', () => {
    for (const schema of [SiteFileSchema, EnvironmentSchema]) {
      for (const [name, field] of Object.entries(schema.shape)) expect(field.description, name).toMatch(/\w/u);
    }
  });

  it('match the committed JSON Schema of site.yaml (npm run schema writes it), which site.yaml names', () => {
    expect(readFileSync(SITE_FILE_JSON_SCHEMA, 'utf8'), 'content/site.schema.json is out of date: run npm run schema').toBe(siteFileJsonSchema());
    const json = JSON.parse(siteFileJsonSchema()) as { properties: Record<string, { description?: string }>; additionalProperties: boolean };
    expect(Object.keys(json.properties)).toEqual(Object.keys(SiteFileSchema.shape));
    expect(json.additionalProperties).toBe(false);
    expect(readFileSync('content/site.yaml', 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./site.schema.json');
  });
});
