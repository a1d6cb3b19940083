import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../../../src/browser/launch-browser.ts';
import { type DistServer, serveDist } from '../../../src/browser/serve-dist.ts';
import { showWholeSlide } from '../../../src/browser/show-whole-slide.ts';

/** One browser and one server for a whole suite; close() always shuts both. */
export interface DeckSession {
  browser: Browser;
  server: DistServer;
  close(): Promise<void>;
}

export async function startDeckSession(options: { basePath?: string } = {}): Promise<DeckSession> {
  const server = await serveDist({ distDir: 'dist', basePath: options.basePath });
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    async close() {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}

export interface OpenedDeck {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

export interface OpenDeckOptions {
  width?: number;
  height?: number;
  /** Extra query string, such as "transition=none". */
  query?: string;
  hash?: string;
  /** Emulate a phone: touch, and the viewport meta tag honoured. */
  mobile?: boolean;
  /** Runs before the page loads, such as media emulation or listeners added to every document. */
  beforeLoad?: (page: Page) => Promise<void>;
}

/** Opens the deck and waits for its ready signal, recording requests and errors. */
export async function openDeck(session: DeckSession, options: OpenDeckOptions = {}): Promise<OpenedDeck> {
  const page = await session.browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewport({
    width: options.width ?? 1920,
    height: options.height ?? 1080,
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
  });
  await options.beforeLoad?.(page);
  const query = options.query ? `?${options.query}` : '';
  await page.goto(`${session.server.url}${query}${options.hash ?? ''}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-deck-ready], html[data-deck-error]', { timeout: 20_000 });
  const failure = await page.evaluate(() => document.documentElement.dataset.deckError);
  if (failure) throw new Error(`the deck failed to start: ${failure}`);
  return { page, requests, errors };
}

/** Shows slide `index` whole, every fragment visible, once its charts are drawn: as the PNG export does. */
export function showSlide(page: Page, index: number): Promise<void> {
  return showWholeSlide(page, index, 10_000);
}

/** Records Content-Security-Policy violations in `window.cspViolations`, from the first script on. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

export function slideFileName(index: number): string {
  return String(index + 1).padStart(2, '0');
}
