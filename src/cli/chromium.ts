import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { Launcher } from 'chrome-launcher';
import { chromium, type Browser } from 'playwright-core';

/**
 * The browser that prints handouts and runs the browser tests: an installed
 * Chrome, Chromium or Edge, found where each system puts it. Never a
 * downloaded browser, never a silent skip. The order:
 *   1. CHROMIUM_PATH, when set (and nothing else if it is wrong: it was asked for);
 *   2. Debian's /usr/bin/chromium, which the tests and CI use;
 *   3. any Chrome or Chromium chrome-launcher finds (CHROME_PATH, the usual
 *      folders on Linux, macOS and Windows, and the PATH);
 *   4. Microsoft Edge, in its usual places.
 */

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
  /** Chrome and Chromium installations, best first (chrome-launcher's). */
  installations: () => string[];
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Edge is Chromium too, and on every Windows machine; chrome-launcher does not look for it. */
function edgePaths({ env, platform }: BrowserSearch): string[] {
  if (platform === 'darwin') return ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
  if (platform === 'win32') {
    return [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA]
      .filter((folder): folder is string => Boolean(folder))
      .map((folder) => win32.join(folder, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
  }
  return ['/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge'];
}

/** What to install, said for the system at hand. */
function installAdvice(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge';
  if (platform === 'win32') return 'Install Google Chrome (https://www.google.com/chrome/), or repair Microsoft Edge';
  return 'Install Chromium (`sudo apt-get install chromium` on Debian or Ubuntu, `sudo dnf install chromium` on Fedora) or Google Chrome';
}

export function findBrowser(search: BrowserSearch): string {
  const asked = search.env.CHROMIUM_PATH;
  if (asked) {
    if (search.exists(asked)) return asked;
    throw new Error(`CHROMIUM_PATH is set to ${asked}, but there is no browser there. Point it at a Chrome, Chromium or Edge executable, or unset it to let Gloss look for one.`);
  }
  if (search.platform === 'linux' && search.exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let installed: string[] = [];
  try {
    installed = search.installations();
  } catch {
    // chrome-launcher throws on a system it does not know: Edge may still be there.
  }
  const found = [...installed, ...edgePaths(search)].find((path) => search.exists(path));
  if (found) return found;
  throw new Error(
    `No Chrome, Chromium or Edge was found: Gloss prints handouts and runs its browser tests with one. ${installAdvice(search.platform)}, ` +
      'or set CHROMIUM_PATH to the browser’s executable.',
  );
}

/** The installed browser for this machine; see findBrowser. */
export function chromiumPath(): string {
  return findBrowser({ env: process.env, platform: process.platform, exists: existsSync, installations: () => Launcher.getInstallations() });
}

/** Headless, and quiet on a machine without network: no background services, no first-run work. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
