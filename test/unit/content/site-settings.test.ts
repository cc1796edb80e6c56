import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'gloss-settings-'));
const contentDir = process.env.GLOSS_CONTENT_DIR;
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (contentDir === undefined) delete process.env.GLOSS_CONTENT_DIR;
  else process.env.GLOSS_CONTENT_DIR = contentDir;
});

/** content/site.yaml as the build reads it: once, when the settings module loads. */
async function settingsFrom(yaml: string | Uint8Array) {
  writeFileSync(join(dir, 'site.yaml'), yaml);
  process.env.GLOSS_CONTENT_DIR = dir;
  vi.resetModules();
  return (await import('../../../src/site/settings.ts')).settings;
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
});
