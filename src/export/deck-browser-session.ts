import type { Browser, Page } from 'puppeteer';
import { DeckError } from '../errors.ts';
import { launchBrowser } from './launch-browser.ts';
import { serveDist } from './serve-dist.ts';
import { type DeckMode, waitForDeck } from './wait-for-deck.ts';

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
  const server = await serveDist({ distDir: options.distDir, port: options.port });
  let browser: Browser | undefined;
  try {
    step('starting the browser');
    browser = await launchBrowser();
    const crashed = new Promise<never>((_resolve, reject) => {
      browser?.once('disconnected', () => reject(new DeckError('browserCrashed', 'the browser closed unexpectedly')));
    });
    crashed.catch(() => {});
    const page = await browser.newPage();
    page.once('error', () => {});
    await page.setViewport(options.viewport);
    await page.setRequestInterception(true);
    const origin = new URL(server.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    step('loading the deck');
    const query = options.query ? `?${options.query}` : '';
    const timeoutMs = options.timeoutMs ?? 30_000;
    const loaded = page.goto(`${server.url}${query}`, { waitUntil: 'load', timeout: timeoutMs }).catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
      throw new DeckError('timeout', `the deck did not load within ${timeoutMs / 1000} s`, { cause: error });
    });
    await Promise.race([loaded, crashed]);
    await Promise.race([waitForDeck(page, { mode: options.mode, timeoutMs }), crashed]);
    return await Promise.race([work({ page, browser }), crashed]);
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
}
