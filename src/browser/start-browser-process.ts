import { createRequire } from 'node:module';
import type * as PuppeteerBrowsers from '@puppeteer/browsers';
import { DeckError } from '../base/errors.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { createBrowserProfile, removeStaleBrowserProfiles } from './browser-profile.ts';
import { browserArgs, findBrowserExecutable, sandboxArgs } from './launch-browser.ts';

export interface StartBrowserProcessOptions {
  /** The page the browser opens with. */
  url: string;
  window: { width: number; height: number; deviceScaleFactor?: number };
  /** Bound on the browser's start, until its DevTools endpoint is announced. */
  timeoutMs: number;
  executablePath?: string;
}

export interface BrowserProcess {
  wsEndpoint: string;
  /** Ends the browser if it still runs and removes its profile. */
  close(): Promise<void>;
}

// The CommonJS build, as for puppeteer (see load-puppeteer.ts): the browser starts sooner.
const require = createRequire(import.meta.url);

/**
 * Starts headless Chrome or Chromium on `url` with @puppeteer/browsers, and a DevTools endpoint
 * for puppeteer to attach to, so the page loads while Node is still loading puppeteer. Every host
 * name but loopback fails to resolve, from the very first request.
 *
 * The browser also gets a DevTools pipe that nothing talks on: it quits when the pipe closes, that
 * is when this process ends, however it ends (even `kill -9`). It is closed on a stop signal (see
 * registerCleanup) and killed on exit.
 */
export async function startBrowserProcess(options: StartBrowserProcessOptions): Promise<BrowserProcess> {
  const executablePath = options.executablePath ?? findBrowserExecutable();
  const { launch, CDP_WEBSOCKET_ENDPOINT_REGEX, TimeoutError } = require('@puppeteer/browsers') as typeof PuppeteerBrowsers;
  // Synchronous up to the spawn, so the browser starts before the caller's next (blocking) step.
  const profile = createBrowserProfile();
  const { width, height, deviceScaleFactor } = options.window;
  const args = [
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
  ];
  const browser = launch({
    executablePath,
    args,
    env: profile.env,
    pipe: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // The profile goes once the browser has exited (puppeteer's onExit hook would run before the kill).
  const closeBrowser = async (): Promise<void> => {
    await browser.close();
    profile.remove();
  };
  const unregister = registerCleanup(closeBrowser);
  const close = async (): Promise<void> => {
    unregister();
    await closeBrowser();
  };
  try {
    // While the browser starts: remove the profiles of browsers whose process was killed.
    const [wsEndpoint] = await Promise.all([
      browser.waitForLineOutput(CDP_WEBSOCKET_ENDPOINT_REGEX, options.timeoutMs),
      removeStaleBrowserProfiles().catch(() => undefined),
    ]);
    return { wsEndpoint, close };
  } catch (error) {
    await close();
    if (error instanceof TimeoutError)
      throw new DeckError('timeout', `the browser at ${executablePath} did not start within ${options.timeoutMs / 1000} s`, {
        cause: error,
      });
    const lastLine = browser.getRecentLogs().at(-1) ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    throw new DeckError('browserCrashed', `the browser at ${executablePath} exited before it started: ${lastLine}`, { cause: error });
  }
}
