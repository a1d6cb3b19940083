import type { Browser } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { findBrowser } from './find-browser.ts';
import { loadPuppeteer } from './load-puppeteer.ts';

/** Flags for a quiet headless run on a machine with no network but loopback. */
export const browserArgs = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
];

export interface LaunchBrowserOptions {
  executablePath?: string;
}

export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? findBrowserExecutable();
  const puppeteer = loadPuppeteer();
  const runningAsRoot = process.getuid?.() === 0;
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: runningAsRoot ? ['--no-sandbox', ...browserArgs] : browserArgs,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DeckError('browserCrashed', `the browser at ${executablePath} did not start: ${reason}`, { cause: error });
  }
}

/** The browser to run: see findBrowser; puppeteer's own download is the last resort. */
export function findBrowserExecutable(): string {
  return findBrowser({ bundled: bundledBrowser });
}

/** Attaches puppeteer to a browser this process started itself (see startBrowserProcess). */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return loadPuppeteer().connect({ browserWSEndpoint: wsEndpoint, defaultViewport: null });
}

function bundledBrowser(): string | undefined {
  try {
    return loadPuppeteer().executablePath();
  } catch {
    return undefined;
  }
}
