import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardStaging, prepareStaging, publishStaging, stagedOutput } from '../../../src/lib/build/staged-output.ts';
import { buildFailureMessage } from '../../../src/lib/build/failure-message.ts';

function site(folder: string, text: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
}
const read = (folder: string) => readFileSync(join(folder, 'index.html'), 'utf8');

describe('staged output', () => {
  const output = () => stagedOutput(join(mkdtempSync(join(tmpdir(), 'gloss-staged-')), 'dist'));

  it('stages beside the target and publishes in its place', () => {
    const out = output();
    site(out.target, 'old');
    prepareStaging(out);
    site(out.staging, 'new');
    publishStaging(out);
    expect(read(out.target)).toBe('new');
    expect(existsSync(out.staging) || existsSync(out.previous)).toBe(false);
  });

  it('publishes when there was no site before', () => {
    const out = output();
    prepareStaging(out);
    site(out.staging, 'first');
    publishStaging(out);
    expect(read(out.target)).toBe('first');
  });

  it('a discarded build leaves the last good site', () => {
    const out = output();
    site(out.target, 'good');
    prepareStaging(out);
    site(out.staging, 'half');
    discardStaging(out);
    expect(read(out.target)).toBe('good');
    expect(existsSync(out.staging)).toBe(false);
  });

  it('mends a swap cut between its renames: the last good site returns', () => {
    const out = output();
    site(out.previous, 'good');
    site(out.staging, 'killed mid-build');
    prepareStaging(out);
    expect(read(out.target)).toBe('good');
    expect(existsSync(out.previous) || existsSync(out.staging)).toBe(false);
  });

  it('after a swap cut before the old site was removed, keeps the new one', () => {
    const out = output();
    site(out.target, 'new');
    site(out.previous, 'old');
    prepareStaging(out);
    expect(read(out.target)).toBe('new');
    expect(existsSync(out.previous)).toBe(false);
  });
});

describe('a failed build says', () => {
  const error = new Error('content/glossary/zz.md: field "seeAlso": no glossary entry has the id "x"');
  it('its message alone', () => expect(buildFailureMessage(error, { verbose: false })).toBe(error.message));
  it('the stack trace when asked', () => expect(buildFailureMessage(error, { verbose: true })).toMatch(/\n\s+at /));
  it('what was thrown, when it is not an Error', () => expect(buildFailureMessage('odd', { verbose: false })).toBe('odd'));
});
