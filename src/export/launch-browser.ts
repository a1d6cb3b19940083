import puppeteer, { type Browser } from 'puppeteer';
import { DeckError } from '../errors.ts';
import { findBrowser } from './find-browser.ts';

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
  const executablePath = options.executablePath ?? findBrowser({ bundled: bundledBrowser });
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

function bundledBrowser(): string | undefined {
  try {
    return puppeteer.executablePath();
  } catch {
    return undefined;
  }
}
