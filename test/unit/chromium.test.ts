import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserSearch } from '../../src/cli/chromium.ts';

/** A machine with exactly these files, and these installations as chrome-launcher reports them. */
function machine(platform: NodeJS.Platform, files: string[], options: { env?: NodeJS.ProcessEnv; installations?: string[] | Error } = {}): BrowserSearch {
  const present = new Set(files);
  return {
    env: options.env ?? {},
    platform,
    exists: (path) => present.has(path),
    installations: () => {
      if (options.installations instanceof Error) throw options.installations;
      return options.installations ?? [];
    },
  };
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, and says so when nothing is there', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium', '/opt/c/chrome'], { env: { CHROMIUM_PATH: '/opt/c/chrome' } }))).toBe('/opt/c/chrome');
    expect(() => findBrowser(machine('linux', ['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope' } }))).toThrow('CHROMIUM_PATH is set to /nope, but there is no browser there');
  });

  it('prefers Debian’s chromium on Linux, then any Chrome or Chromium chrome-launcher finds', () => {
    expect(findBrowser(machine('linux', ['/usr/bin/chromium', '/usr/bin/google-chrome'], { installations: ['/usr/bin/google-chrome'] }))).toBe('/usr/bin/chromium');
    expect(findBrowser(machine('linux', ['/usr/bin/google-chrome'], { installations: ['/usr/bin/google-chrome'] }))).toBe('/usr/bin/google-chrome');
  });

  it('finds Chrome on a Mac, and Edge when there is no Chrome', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser(machine('darwin', [chrome, edge], { installations: [chrome] }))).toBe(chrome);
    expect(findBrowser(machine('darwin', [edge]))).toBe(edge);
  });

  it('finds Edge where Windows installs it, even if chrome-launcher fails', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(machine('win32', [edge], { env: { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, installations: new Error('unsupported') }))).toBe(edge);
  });

  it('says what to install for the system at hand when there is none', () => {
    expect(() => findBrowser(machine('linux', []))).toThrow(/No Chrome, Chromium or Edge was found.*sudo apt-get install chromium.*or set CHROMIUM_PATH/);
    expect(() => findBrowser(machine('darwin', []))).toThrow(/Install Google Chrome \(https:\/\/www\.google\.com\/chrome\/\) or Microsoft Edge/);
    expect(() => findBrowser(machine('win32', [], { env: { PROGRAMFILES: 'C:\\Program Files' } }))).toThrow(/Install Google Chrome/);
  });
});
