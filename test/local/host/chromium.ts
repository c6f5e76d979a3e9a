import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep Debian's Chromium headless, offline and quiet in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary to drive, or undefined (tests skip with a message) when none is installed. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((path): path is string => path !== undefined && existsSync(path));
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found (install it with `apt-get update && apt-get install -y chromium` or set CHROMIUM_PATH): browser tests skipped.';

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
