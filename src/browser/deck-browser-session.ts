import type { Browser, Page } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { connectBrowser, launchBrowser } from './launch-browser.ts';
import { loadPuppeteer } from './load-puppeteer.ts';
import { serveDist } from './serve-dist.ts';
import { type BrowserProcess, startBrowserProcess } from './start-browser-process.ts';
import { type DeckMode, describeStuckSlide, waitForDeck } from './wait-for-deck.ts';

export interface DeckBrowserSessionOptions {
  distDir: string;
  mode: DeckMode;
  viewport: { width: number; height: number; deviceScaleFactor?: number };
  /** Query string for the deck, such as "print-pdf". */
  query?: string;
  timeoutMs?: number;
  port?: number;
  /** Reports each step, such as "loading", for progress output. */
  onStep?: (message: string) => void;
  /**
   * Start the browser on the deck itself instead of navigating once puppeteer is attached: the
   * page loads while Node is still loading puppeteer. The viewport is then the browser's window
   * size. Other hosts are refused from the first request.
   */
  openAtLaunch?: boolean;
  /** Open the deck with `prefers-reduced-motion: reduce`: charts are drawn at once, at their final state. */
  reducedMotion?: boolean;
  /**
   * A browser to open the deck in, in a tab of its own that is closed afterwards; the browser is left
   * running for its owner's next work (npm run release does all its browser work in one).
   */
  browser?: Browser;
}

export interface DeckBrowserSession {
  page: Page;
  browser: Browser;
}

/**
 * Serves dist/, opens the deck in one headless browser, waits for its ready signal, runs
 * `work`, and always closes the browser and the server. Requests to other hosts are refused.
 */
export async function withDeckBrowserSession<T>(
  options: DeckBrowserSessionOptions,
  work: (session: DeckBrowserSession) => Promise<T>,
): Promise<T> {
  const step = options.onStep ?? (() => {});
  const timeoutMs = options.timeoutMs ?? 30_000;
  const server = await serveDist({ distDir: options.distDir, port: options.port });
  const deckUrl = `${server.url}${options.query ? `?${options.query}` : ''}`;
  let browser: Browser | undefined;
  let browserProcess: BrowserProcess | undefined;
  if (options.browser) {
    try {
      return await inSharedBrowser(options.browser, server.url, deckUrl, options, work);
    } finally {
      await server.close();
    }
  }
  try {
    step('starting the browser');
    if (options.openAtLaunch) {
      const starting = startBrowserProcess({ url: deckUrl, window: options.viewport, timeoutMs });
      // Loading puppeteer blocks Node: do it while the browser starts.
      loadPuppeteer();
      browserProcess = await starting;
      browser = await connectBrowser(browserProcess.wsEndpoint);
      step('loading the deck');
    } else {
      browser = await launchBrowser();
    }
    const crashed = new Promise<never>((_resolve, reject) => {
      browser?.once('disconnected', () => reject(new DeckError('browserCrashed', 'the browser closed unexpectedly')));
    });
    crashed.catch(() => {});
    const page = await Promise.race([
      options.openAtLaunch ? findDeckPage(browser, server.url, timeoutMs) : openDeckPage(browser, server.url, deckUrl, options, step),
      crashed,
    ]);
    await Promise.race([waitForDeck(page, { mode: options.mode, timeoutMs }), crashed]);
    return await Promise.race([work({ page, browser }), crashed]);
  } finally {
    await browser?.close().catch(() => {});
    await browserProcess?.close();
    await server.close();
  }
}

/** The session in a tab of a browser someone else owns: only the tab is closed. */
async function inSharedBrowser<T>(
  browser: Browser,
  origin: string,
  deckUrl: string,
  options: DeckBrowserSessionOptions,
  work: (session: DeckBrowserSession) => Promise<T>,
): Promise<T> {
  const page = await browser.newPage();
  try {
    await openDeckPage(browser, origin, deckUrl, options, options.onStep ?? (() => {}), page);
    await waitForDeck(page, { mode: options.mode, timeoutMs: options.timeoutMs ?? 30_000 });
    return await work({ page, browser });
  } finally {
    await page.close().catch(() => {});
  }
}

async function openDeckPage(
  browser: Browser,
  origin: string,
  deckUrl: string,
  options: DeckBrowserSessionOptions,
  step: (message: string) => void,
  tab?: Page,
): Promise<Page> {
  // The tab the browser opens with: creating another costs a round trip.
  const page = tab ?? (await browser.pages())[0] ?? (await browser.newPage());
  page.once('error', () => {});
  await page.setViewport(options.viewport);
  if (options.reducedMotion) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.setRequestInterception(true);
  const allowed = new URL(origin).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(allowed) || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  step('loading the deck');
  await gotoDeck(page, deckUrl, options.timeoutMs ?? 30_000);
  return page;
}

/** The tab the browser was started on, once puppeteer sees it. */
async function findDeckPage(browser: Browser, origin: string, timeoutMs: number): Promise<Page> {
  try {
    const target = await browser.waitForTarget((candidate) => candidate.type() === 'page' && candidate.url().startsWith(origin), {
      timeout: timeoutMs,
    });
    const page = await target.page();
    if (!page) throw new DeckError('browserCrashed', 'the browser’s tab with the deck closed');
    page.once('error', () => {});
    return page;
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    throw new DeckError('timeout', `the browser did not open the deck within ${timeoutMs / 1000} s`, { cause: error });
  }
}

/** Opens the deck; a load that outlasts the timeout becomes a DeckError naming what never became ready. */
async function gotoDeck(page: Page, url: string, timeoutMs: number): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    const stuck = await describeStuckSlide(page).catch(() => 'the page never finished loading');
    throw new DeckError('timeout', `the deck did not load within ${timeoutMs / 1000} s: ${stuck}`, { cause: error });
  }
}
