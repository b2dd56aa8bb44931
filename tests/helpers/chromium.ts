/** Finds a Chromium for the browser tests and launches it headless with the network quiet. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The Chromium to drive: CHROMIUM_PATH first, then the usual install paths; throws a clear message when none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium binary.`);
  }
  const found = CANDIDATES.find((p) => exists(p));
  if (found) return found;
  throw new Error(
    `No Chromium found (looked at ${CANDIDATES.join(', ')}). Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

/** Launches headless Chromium with the flags that keep it from calling home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
