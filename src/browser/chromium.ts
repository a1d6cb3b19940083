import { createRequire } from 'node:module';
import type * as PuppeteerBrowsers from '@puppeteer/browsers';
import type { Browser } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { commandMessage } from '../model/command-messages.ts';
import { createBrowserProfile, removeStaleBrowserProfiles } from './browser-profile.ts';
import { findBrowser } from './find-browser.ts';
import { loadPuppeteer } from './load-puppeteer.ts';

/**
 * The one owner of Chrome and Chromium: it finds the binary, starts the browser in one of the two
 * ways the commands need, attaches puppeteer, and closes it, whatever happens. Every start has a
 * profile and temporary folder of its own, removed when the browser exits; a browser is closed on
 * a stop signal (registerCleanup), and quits by itself when this process dies (its pipe closes).
 *
 * Which way a piece of work gets its browser:
 * - `'launch'`: puppeteer starts it over a pipe (the slide images, the social preview image);
 * - `'start-on-page'`: it is started on the page itself, and puppeteer attaches while the page
 *   loads, so loading puppeteer costs nothing (the PDF export);
 * - a `Browser`: one the caller owns and lends (the release does all its work in one): only the
 *   work's own tab is closed.
 */
export type BrowserUse = 'launch' | 'start-on-page' | Browser;

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

/** The browser to run: PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, a system browser, and puppeteer's own download last. */
export function findBrowserExecutable(): string {
  return findBrowser({ bundled: bundledBrowser });
}

export interface LaunchBrowserOptions {
  executablePath?: string;
  /**
   * Listen on a DevTools WebSocket port as well, so that other processes can connect (the test
   * run's one shared browser). Such a browser no longer quits by itself when this process is killed.
   */
  shared?: boolean;
}

/** `'launch'`: a browser of this process's own, started by puppeteer and talked to over a pipe. */
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
    throw new DeckError('browserCrashed', commandMessage('browserDidNotStart', { path: executablePath, detail: reason ?? '' }), {
      cause: error,
    });
  }
  // Runs as the process exits, before puppeteer's close() resolves: once closed, nothing is left.
  browser.process()?.once('exit', () => {
    unregister();
    profile.remove();
  });
  return browser;
}

export interface StartOnPageOptions {
  /** The page the browser opens with. */
  url: string;
  window: { width: number; height: number; deviceScaleFactor?: number };
  /** Bound on the browser's start, until its DevTools endpoint is announced. */
  timeoutMs: number;
  executablePath?: string;
}

/** A browser started on a page, with puppeteer attached: close() ends both. */
export interface StartedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

// The CommonJS build, as for puppeteer (see load-puppeteer.ts): the browser starts sooner.
const require = createRequire(import.meta.url);

/**
 * `'start-on-page'`: headless Chrome or Chromium started on `url` with @puppeteer/browsers, and
 * puppeteer attached to its DevTools endpoint, so the page loads while Node is still loading
 * puppeteer. Every host name but loopback fails to resolve, from the very first request.
 *
 * The browser also gets a DevTools pipe that nothing talks on: it quits when the pipe closes, that
 * is when this process ends, however it ends (even `kill -9`).
 */
export async function startBrowserOnPage(options: StartOnPageOptions): Promise<StartedBrowser> {
  const executablePath = options.executablePath ?? findBrowserExecutable();
  const { launch, CDP_WEBSOCKET_ENDPOINT_REGEX, TimeoutError } = require('@puppeteer/browsers') as typeof PuppeteerBrowsers;
  // Synchronous up to the spawn, so the browser starts before the caller's next (blocking) step.
  const profile = createBrowserProfile();
  const { width, height, deviceScaleFactor } = options.window;
  const process = launch({
    executablePath,
    args: [
      '--headless',
      ...sandboxArgs(),
      ...browserArgs,
      '--remote-debugging-port=0',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile.userDataDir}`,
      `--window-size=${width},${height}`,
      ...(deviceScaleFactor ? [`--force-device-scale-factor=${deviceScaleFactor}`] : []),
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      '--hide-scrollbars',
      '--mute-audio',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      options.url,
    ],
    env: profile.env,
    pipe: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // Loading puppeteer blocks Node: done while the browser starts.
  const puppeteer = loadPuppeteer();
  let browser: Browser | undefined;
  // The profile goes once the browser has exited (puppeteer's onExit hook would run before the kill).
  const end = async (): Promise<void> => {
    await browser?.close().catch(() => {});
    await process.close();
    profile.remove();
  };
  const unregister = registerCleanup(end);
  const close = async (): Promise<void> => {
    unregister();
    await end();
  };
  try {
    // While the browser starts: remove the profiles of browsers whose process was killed.
    const [wsEndpoint] = await Promise.all([
      process.waitForLineOutput(CDP_WEBSOCKET_ENDPOINT_REGEX, options.timeoutMs),
      removeStaleBrowserProfiles().catch(() => undefined),
    ]);
    browser = await puppeteer.connect({ browserWSEndpoint: wsEndpoint, defaultViewport: null });
    return { browser, close };
  } catch (error) {
    await close();
    if (error instanceof TimeoutError)
      throw new DeckError('timeout', commandMessage('browserStartTimeout', { path: executablePath, seconds: options.timeoutMs / 1000 }), {
        cause: error,
      });
    const lastLine = process.getRecentLogs().at(-1) ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    throw new DeckError('browserCrashed', commandMessage('browserExited', { path: executablePath, detail: lastLine ?? '' }), {
      cause: error,
    });
  }
}

function bundledBrowser(): string | undefined {
  try {
    return loadPuppeteer().executablePath();
  } catch {
    return undefined;
  }
}
