import type { Browser } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { createBrowserProfile, removeStaleBrowserProfiles } from './browser-profile.ts';
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

/** Chromium refuses to run as root with its sandbox on. */
export function sandboxArgs(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

export interface LaunchBrowserOptions {
  executablePath?: string;
  /**
   * Listen on a DevTools WebSocket port as well, so that other processes can connect (the test
   * run's one shared browser). Such a browser no longer quits by itself when this process is killed.
   */
  shared?: boolean;
}

/**
 * Launches a headless browser with puppeteer, talking to it over a pipe rather than a port: when
 * this process ends, however it ends (even `kill -9`), the pipe closes and the browser quits.
 * Its profile and temporary files live in one folder, removed when it exits.
 */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? findBrowserExecutable();
  const puppeteer = loadPuppeteer();
  await removeStaleBrowserProfiles();
  const profile = createBrowserProfile();
  // A stop signal may come while the browser is still starting: then the start is aborted.
  const starting = new AbortController();
  let browser: Browser | undefined;
  let launching: Promise<unknown> = Promise.resolve();
  const unregister = registerCleanup(async () => {
    if (browser) return browser.close();
    starting.abort();
    await launching.catch(() => undefined);
  });
  try {
    const launched = puppeteer.launch({
      executablePath,
      headless: true,
      pipe: !options.shared,
      userDataDir: profile.userDataDir,
      env: profile.env,
      args: [...sandboxArgs(), ...browserArgs],
      signal: starting.signal,
      // Stop signals are handled by the command (see registerCleanup), which closes the browser.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    launching = launched;
    browser = await launched;
  } catch (error) {
    unregister();
    profile.remove();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DeckError('browserCrashed', `the browser at ${executablePath} did not start: ${reason}`, { cause: error });
  }
  // Runs as the process exits, before puppeteer's close() resolves: once closed, nothing is left.
  browser.process()?.once('exit', () => {
    unregister();
    profile.remove();
  });
  return browser;
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
