import type { Browser, BrowserContext, Page } from 'puppeteer';
import { PredefinedNetworkConditions } from 'puppeteer';

export interface VisitOptions {
  /** "print-pdf" for the print view. */
  query?: string;
  /** Such as "#/3": the slide to open. */
  hash?: string;
  /** Chrome DevTools CPU throttling: 4 runs the page four times slower. */
  cpuThrottling?: number;
  /** Chromium's own "Slow 4G" network emulation (DevTools protocol), as for a phone reader. */
  slowNetwork?: boolean;
  viewport?: { width: number; height: number };
  /** A phone: touch, and the viewport meta tag honoured. */
  mobile?: boolean;
  /** `prefers-reduced-motion: reduce`: charts drawn at once instead of growing in. */
  reducedMotion?: boolean;
  timeoutMs?: number;
}

/** Milliseconds from the navigation's start, by the page's own clock. */
export interface VisitTimes {
  /** The deck's `data-deck-ready` on <html>. */
  ready: number;
  firstContentfulPaint: number;
  largestContentfulPaint: number;
}

declare global {
  interface Window {
    benchVisit?: { ready?: number; lcp?: number };
  }
}

/** A new page of `context` with the visit's screen, CPU, network and motion emulated. */
export async function openEmulatedPage(context: BrowserContext, options: VisitOptions): Promise<Page> {
  const page = await context.newPage();
  await page.setViewport({
    ...(options.viewport ?? { width: 1280, height: 720 }),
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
  });
  if (options.cpuThrottling && options.cpuThrottling > 1) await page.emulateCPUThrottling(options.cpuThrottling);
  if (options.slowNetwork) await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
  if (options.reducedMotion) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  return page;
}

/**
 * Opens the deck in a fresh browser context (nothing cached from an earlier visit) and times it:
 * the ready signal, the first contentful paint, and the largest contentful paint once the deck is
 * ready and two frames have been drawn after it.
 */
export async function visitDeck(browser: Browser, url: string, options: VisitOptions = {}): Promise<VisitTimes> {
  const context = await browser.createBrowserContext();
  const timeout = options.timeoutMs ?? 60_000;
  try {
    const page = await openEmulatedPage(context, options);
    await page.evaluateOnNewDocument(() => {
      const visit: { ready?: number; lcp?: number } = {};
      window.benchVisit = visit;
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        if (last) visit.lcp = last.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      const observer = new MutationObserver(() => {
        if (document.documentElement?.dataset.deckReady) {
          visit.ready = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-deck-ready'] });
    });
    const target = `${url}${options.query ? `?${options.query}` : ''}${options.hash ?? ''}`;
    await page.goto(target, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => window.benchVisit?.ready, { timeout, polling: 'mutation' });
    return await page.evaluate(
      () =>
        new Promise<VisitTimes>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              resolve({
                ready: window.benchVisit?.ready ?? Number.NaN,
                firstContentfulPaint: paint?.startTime ?? Number.NaN,
                largestContentfulPaint: window.benchVisit?.lcp ?? Number.NaN,
              });
            }),
          );
        }),
    );
  } finally {
    await context.close();
  }
}
