import type { Browser, Page } from 'puppeteer';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import type { Message } from '../base/message.ts';
import { commandMessage, type StuckDeck } from '../model/command-messages.ts';
import { type BrowserUse, launchBrowser, type StartedBrowser, startBrowserOnPage } from './chromium.ts';
import { serveDist } from './serve-dist.ts';
import { type DeckMode, describeStuckSlide, waitForDeck } from './wait-for-deck.ts';

export interface DeckBrowserSessionOptions {
  distDir: string;
  mode: DeckMode;
  /** Which browser (src/browser/chromium.ts): with 'start-on-page' the viewport is its window. */
  browser: BrowserUse;
  viewport: { width: number; height: number; deviceScaleFactor?: number };
  /** Query string for the deck, such as "print-pdf". */
  query?: string;
  timeoutMs?: number;
  port?: number;
  /** Reports each step, such as "loading", for progress output. */
  onStep?: (message: Message) => void;
  /** Open the deck with `prefers-reduced-motion: reduce`: charts are drawn at once, at their final state. */
  reducedMotion?: boolean;
}

export interface DeckBrowserSession {
  page: Page;
  browser: Browser;
}

/**
 * Serves dist/, opens the deck in a browser, waits for its ready signal, runs `work`, and always
 * closes what it started: the server, and the browser or, in a lent one, the deck's tab. Requests
 * to other hosts are refused.
 */
export async function withDeckBrowserSession<T>(
  options: DeckBrowserSessionOptions,
  work: (session: DeckBrowserSession) => Promise<T>,
): Promise<T> {
  const step = options.onStep ?? (() => {});
  const timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
  const server = await serveDist({ distDir: options.distDir, port: options.port });
  const deckUrl = `${server.url}${options.query ? `?${options.query}` : ''}`;
  let started: StartedBrowser | undefined;
  let owned: Browser | undefined;
  try {
    step(commandMessage(typeof options.browser === 'string' ? 'stepStartingBrowser' : 'stepOpeningDeck', {}));
    let browser: Browser;
    let page: Page;
    if (options.browser === 'start-on-page') {
      started = await startBrowserOnPage({ url: deckUrl, window: options.viewport, timeoutMs });
      browser = started.browser;
      step(commandMessage('stepLoadingDeck', {}));
      page = await whenCrashed(browser, findDeckPage(browser, server.url, timeoutMs));
    } else {
      if (options.browser === 'launch') owned = await launchBrowser();
      browser = owned ?? (options.browser as Browser);
      // In a lent browser, a tab of its own; in one just started, the tab it opened with.
      const tab = owned ? ((await browser.pages())[0] ?? (await browser.newPage())) : await browser.newPage();
      page = await whenCrashed(browser, openDeckPage(tab, server.url, deckUrl, options, step));
    }
    try {
      await whenCrashed(browser, waitForDeck(page, { mode: options.mode, timeoutMs }));
      return await whenCrashed(browser, work({ page, browser }));
    } finally {
      if (!owned && !started) await page.close().catch(() => {});
    }
  } finally {
    await owned?.close().catch(() => {});
    await started?.close();
    await server.close();
  }
}

/** The work, or a DeckError as soon as the browser goes away under it. */
function whenCrashed<T>(browser: Browser, work: Promise<T>): Promise<T> {
  const crashed = new Promise<never>((_resolve, reject) => {
    browser.once('disconnected', () => reject(new DeckError('browserCrashed', commandMessage('browserClosed', {}))));
  });
  crashed.catch(() => {});
  return Promise.race([work, crashed]);
}

async function openDeckPage(
  page: Page,
  origin: string,
  deckUrl: string,
  options: DeckBrowserSessionOptions,
  step: (message: Message) => void,
): Promise<Page> {
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
  step(commandMessage('stepLoadingDeck', {}));
  await gotoDeck(page, deckUrl, options.timeoutMs ?? defaults.timeoutMs);
  return page;
}

/** The tab the browser was started on, once puppeteer sees it. */
async function findDeckPage(browser: Browser, origin: string, timeoutMs: number): Promise<Page> {
  try {
    const target = await browser.waitForTarget((candidate) => candidate.type() === 'page' && candidate.url().startsWith(origin), {
      timeout: timeoutMs,
    });
    const page = await target.page();
    if (!page) throw new DeckError('browserCrashed', commandMessage('deckTabClosed', {}));
    page.once('error', () => {});
    return page;
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    throw new DeckError('timeout', commandMessage('deckOpenTimeout', { seconds: timeoutMs / 1000 }), { cause: error });
  }
}

/** Opens the deck; a load that outlasts the timeout becomes a DeckError naming what never became ready. */
async function gotoDeck(page: Page, url: string, timeoutMs: number): Promise<void> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    const stuck = await describeStuckSlide(page).catch((): StuckDeck => ({ kind: 'notLoaded' }));
    throw new DeckError('timeout', commandMessage('deckLoadTimeout', { seconds: timeoutMs / 1000, stuck }), { cause: error });
  }
}
