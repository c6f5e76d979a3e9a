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

export const NO_CHROMIUM_MESSAGE = 'No Chromium found (install it with `apt-get update && apt-get install -y chromium` or set CHROMIUM_PATH)';

/**
 * `describe` for suites that drive Chromium. Without a browser a developer's run skips them,
 * saying why; under CI (which installs Chromium in .ci/run) a missing browser fails instead, so a
 * broken install step cannot pass as green.
 */
export function describeInBrowser(name: string, body: (executablePath: string) => void): void {
  const executablePath = findChromium();
  if (executablePath) {
    describe(name, () => body(executablePath));
  } else if (process.env['CI']) {
    describe(name, () => it('has Chromium to drive', () => expect(NO_CHROMIUM_MESSAGE).toBe('a Chromium binary')));
  } else {
    describe.skip(`${name} (skipped: ${NO_CHROMIUM_MESSAGE})`, () => it('needs Chromium', () => undefined));
  }
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
