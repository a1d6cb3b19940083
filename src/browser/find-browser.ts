import { accessSync, constants } from 'node:fs';
import { DeckError } from '../base/errors.ts';

/** Where Chrome or Chromium usually lives, after the environment variables. */
const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const browserInstallHint =
  'install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary';

export interface FindBrowserOptions {
  env?: NodeJS.ProcessEnv;
  candidates?: readonly string[];
  /** Puppeteer's own downloaded browser, if any; tried last. */
  bundled?: () => string | undefined;
}

/** PUPPETEER_EXECUTABLE_PATH, then CHROME_PATH, then a system browser, then puppeteer's own. */
export function findBrowser(options: FindBrowserOptions = {}): string {
  const env = options.env ?? process.env;
  for (const variable of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const value = env[variable];
    if (!value) continue;
    if (isExecutable(value)) return value;
    throw new DeckError('noBrowser', `${variable} is set to "${value}", which is not an executable file: ${browserInstallHint}`);
  }
  const found = (options.candidates ?? systemBrowsers).find(isExecutable);
  if (found) return found;
  const bundled = options.bundled?.();
  if (bundled && isExecutable(bundled)) return bundled;
  throw new DeckError('noBrowser', `no Chrome or Chromium found: ${browserInstallHint}`);
}

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
