import puppeteer, { type Browser } from 'puppeteer';
import { inject } from 'vitest';

/** Attaches to the run's one browser, started by the global set-up. Disconnect, never close, when done. */
export function connectSharedBrowser(): Promise<Browser> {
  return puppeteer.connect({ browserWSEndpoint: inject('browserWSEndpoint'), defaultViewport: null });
}
