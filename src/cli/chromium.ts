import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Debian's chromium (or CHROMIUM_PATH): never a downloaded browser, never a silent skip. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Gloss drives Debian's chromium: install it with ` +
        '`sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return path;
}

/** Headless, and quiet on a machine without network: no background services, no first-run work. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
