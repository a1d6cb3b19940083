import { accessSync, constants, statSync } from 'node:fs';
import { DeckError } from '../base/errors.ts';
import { commandMessage } from '../model/command-messages.ts';

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
    // A folder passes the access check (its x bit lets one enter it), then fails to start: say so now.
    throw new DeckError('noBrowser', commandMessage('browserVariable', { variable, value, folder: isFolder(value) }));
  }
  const found = (options.candidates ?? systemBrowsers).find(isExecutable);
  if (found) return found;
  const bundled = options.bundled?.();
  if (bundled && isExecutable(bundled)) return bundled;
  throw new DeckError('noBrowser', commandMessage('noBrowserFound', {}));
}

/** A regular file this user may run (a folder is not one, though it has the x bit). */
export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
