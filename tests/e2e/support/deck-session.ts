import type { Browser, BrowserContext, Page } from 'puppeteer';
import { type DistServer, serveDist } from '../../../src/browser/serve-dist.ts';
import { showWholeSlide } from '../../../src/browser/show-whole-slide.ts';
import { connectSharedBrowser } from './shared-browser.ts';

/**
 * One server for a built deck and a browser context of its own in the run's shared browser,
 * so that no test file sees another's pages, storage or popups. close() always shuts both.
 */
export interface DeckSession {
  browser: Browser;
  context: BrowserContext;
  server: DistServer;
  close(): Promise<void>;
}

export interface DeckSessionOptions {
  /** The built deck to serve: a fixture build (fixture-builds.ts) or dist/. */
  distDir: string;
  basePath?: string;
}

export async function startDeckSession(options: DeckSessionOptions): Promise<DeckSession> {
  const server = await serveDist({ distDir: options.distDir, basePath: options.basePath });
  let browser: Browser | undefined;
  try {
    browser = await connectSharedBrowser();
    const context = await browser.createBrowserContext();
    const connected = browser;
    return {
      browser: connected,
      context,
      server,
      async close() {
        try {
          await context.close();
        } finally {
          await connected.disconnect();
          await server.close();
        }
      },
    };
  } catch (error) {
    await browser?.disconnect();
    await server.close();
    throw error;
  }
}

export interface OpenedDeck {
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/** The query that opens a deck without slide or background transitions: each slide is at rest at once. */
export const withoutTransitions = 'transition=none&backgroundTransition=none';

export interface OpenDeckOptions {
  width?: number;
  height?: number;
  /** Extra query string, such as withoutTransitions. */
  query?: string;
  hash?: string;
  /** Emulate a phone: touch, and the viewport meta tag honoured. */
  mobile?: boolean;
  /** Runs before the page loads, such as media emulation or listeners added to every document. */
  beforeLoad?: (page: Page) => Promise<void>;
}

/** Opens the deck in the session's context and waits for its ready signal, recording requests and errors. */
export async function openDeck(session: DeckSession, options: OpenDeckOptions = {}): Promise<OpenedDeck> {
  const page = await session.context.newPage();
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
  await waitForDeckReady(page);
  return { page, requests, errors };
}

/** Waits for the deck's own ready signal; a start-up failure the deck reports becomes an error. */
export async function waitForDeckReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-deck-ready], html[data-deck-error]', { timeout: 20_000 });
  const failure = await page.evaluate(() => document.documentElement.dataset.deckError);
  if (failure) throw new Error(`the deck failed to start: ${failure}`);
}

/** Shows slide `index` whole, every fragment visible, once its charts are drawn: as the PNG export does. */
export function showSlide(page: Page, index: number): Promise<void> {
  return showWholeSlide(page, index, 10_000);
}

/** Presses S on the deck and returns the speaker view's window once it opens. */
export async function openSpeakerView(context: BrowserContext, page: Page): Promise<Page> {
  const opened = new Promise<Page | null>((resolve) => {
    context.once('targetcreated', (target) => resolve(target.page()));
  });
  await page.bringToFront();
  await page.focus('body');
  await page.keyboard.press('s');
  const speaker = await opened;
  if (!speaker) throw new Error('the speaker view did not open');
  return speaker;
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

export interface SpeakerViewExpectation {
  /** The current slide's speaker notes, as the model holds them. */
  notes: readonly string[];
  /** Ids of the slides the two previews must show. */
  current: string;
  /** The slide the next-step preview shows, when the next step is a new slide. */
  upcoming?: string;
}

/**
 * Waits until the speaker console shows the given notes and its two previews, each a deck of its
 * own, show the given current and upcoming slides; a timeout names what it showed instead.
 */
export async function waitForSpeakerView(speaker: Page, expected: SpeakerViewExpectation): Promise<void> {
  const notes = expected.notes.join(' ').replace(/\s+/g, ' ').trim();
  await speaker
    .waitForFunction(
      (text) => {
        // One paragraph of the script per element: read apart, joined as the model's paragraphs are.
        const script = document.querySelector('[data-part="notes"]');
        const paragraphs = script ? [...script.children].map((paragraph) => paragraph.textContent ?? '') : [];
        return paragraphs.join(' ').replace(/\s+/g, ' ').includes(text);
      },
      { timeout: 15_000 },
      notes,
    )
    .catch(async (error: unknown) => {
      const shown = await speaker.$eval('[data-part="notes"]', (element) => element.textContent ?? '').catch(() => 'nothing');
      throw new Error(`the speaker view's notes are not "${notes}" but "${shown.trim()}"`, { cause: error });
    });
  const previews: [string, string][] = [['[data-part="current-frame"] iframe', expected.current]];
  if (expected.upcoming) previews.push(['[data-part="next-frame"] iframe', expected.upcoming]);
  for (const [selector, id] of previews) {
    const frame = await (await speaker.waitForSelector(selector, { timeout: 15_000 }))?.contentFrame();
    if (!frame) throw new Error(`the speaker view has no ${selector}`);
    await frame
      .waitForFunction(
        (slideId) => document.documentElement.dataset.deckReady === 'screen' && window.Reveal?.getCurrentSlide()?.id === slideId,
        { timeout: 15_000 },
        id,
      )
      .catch(async (error: unknown) => {
        const shown = await frame.evaluate(() => window.Reveal?.getCurrentSlide()?.id).catch(() => undefined);
        throw new Error(`${selector} shows slide "${shown}", not "${id}"`, { cause: error });
      });
  }
}
