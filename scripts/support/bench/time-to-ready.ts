import type { Browser } from 'puppeteer';

export interface TimeToReadyOptions {
  /** "print-pdf" for the print view. */
  query?: string;
  /** Chrome DevTools CPU throttling: 4 runs the page four times slower. */
  cpuThrottling?: number;
  viewport?: { width: number; height: number };
  timeoutMs?: number;
}

/**
 * Milliseconds from the navigation's start to the moment the page sets `data-deck-ready`, by the
 * page's own clock (performance.now() is measured from the navigation's time origin). Each call
 * uses a fresh browser context, so nothing is cached from an earlier run.
 */
export async function timeToReady(browser: Browser, url: string, options: TimeToReadyOptions = {}): Promise<number> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(options.viewport ?? { width: 1280, height: 720 });
    if (options.cpuThrottling && options.cpuThrottling > 1) {
      const session = await page.createCDPSession();
      await session.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottling });
    }
    await page.evaluateOnNewDocument(() => {
      const observer = new MutationObserver(() => {
        if (document.documentElement?.dataset.deckReady) {
          (window as unknown as { __deckReadyAt: number }).__deckReadyAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-deck-ready'] });
    });
    const target = options.query ? `${url}?${options.query}` : url;
    await page.goto(target, { waitUntil: 'load', timeout: options.timeoutMs ?? 60_000 });
    const handle = await page.waitForFunction(() => (window as unknown as { __deckReadyAt?: number }).__deckReadyAt, {
      timeout: options.timeoutMs ?? 60_000,
      polling: 'mutation',
    });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
