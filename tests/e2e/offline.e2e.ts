import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { offlineFile } from '../../src/site/build-site.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import {
  cspViolations,
  openSpeakerView,
  recordCspViolations,
  waitForDeckReady,
  waitForSpeakerView,
  withoutTransitions,
} from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { measureSlide, minimumChartInk } from './support/layout-rules.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

const fileUrl = pathToFileURL(path.join(fixtureBuilds.basic, offlineFile)).href;
const screenshotDir = 'tests/artifacts/screens';

let browser: Browser;
let context: BrowserContext;
let deck: Deck;

beforeAll(async () => {
  deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
  browser = await connectSharedBrowser();
  context = await browser.createBrowserContext();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.disconnect();
});

/** Lets file: and data: through and refuses everything else, recording what was refused. */
async function blockNonFileRequests(page: Page, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('about:')) void request.continue();
    else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
}

describe(`the fixture deck's ${offlineFile} opened from file:// with every other request blocked`, () => {
  it('shows the deck with its fonts, charts and notes, and the speaker console on S', async () => {
    const page = await context.newPage();
    const blocked: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await blockNonFileRequests(page, blocked);
      await recordCspViolations(page);
      await page.setViewport({ width: 1920, height: 1080 });
      await page.goto(`${fileUrl}?${withoutTransitions}`, { waitUntil: 'load' });
      await waitForDeckReady(page);
      expect(await page.evaluate(() => document.documentElement.dataset.deckReady)).toBe('screen');

      const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(requested.filter((url) => !url.startsWith('data:') && !url.startsWith('file:'))).toEqual([]);
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`);
      });
      expect(fonts.some((font) => font.includes('Be Vietnam Pro'))).toBe(true);
      // The deck's own title, Vietnamese letters and all, is set in the embedded font.
      expect(await page.evaluate((title) => document.fonts.check('700 40px "Be Vietnam Pro"', title), deck.meta.title)).toBe(true);

      const chartSlide = allSlides(deck).findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
      const fit = await measureSlide(page, chartSlide);
      expect(fit.inkByCanvas.length).toBeGreaterThan(0);
      for (const ink of fit.inkByCanvas) expect(ink).toBeGreaterThan(minimumChartInk);
      await page.screenshot({ path: `${screenshotDir}/offline-chart.png` });

      const slides = allSlides(deck);
      const [current, next, after] = [slides[chartSlide], slides[chartSlide + 1], slides[chartSlide + 2]];
      if (!current || !next || !after || next.fragments)
        throw new Error('the fixture deck needs two slides without fragments after a chart');
      const speaker = await openSpeakerView(context, page);
      try {
        await waitForSpeakerView(speaker, { notes: current.notes, current: current.id, upcoming: next.id });
        const previews = speaker.frames().filter((frame) => frame.url().startsWith(fileUrl) && frame.url().includes('receiver'));
        expect(previews.length).toBe(2);
        // The deck moves the console...
        await page.bringToFront();
        await page.focus('body');
        await page.keyboard.press('ArrowRight');
        await waitForSpeakerView(speaker, { notes: next.notes, current: next.id, upcoming: after.id });
        // ...and the console moves the deck, over postMessage between the two file:// windows.
        await speaker.waitForSelector('[data-view="console"][data-link-status="connected"]');
        await speaker.bringToFront();
        await speaker.keyboard.press('ArrowRight');
        await page.waitForFunction((h) => window.Reveal?.getIndices().h === h, { timeout: 10_000, polling: 50 }, chartSlide + 2);
        await waitForSpeakerView(speaker, { notes: after.notes, current: after.id });
        await speaker.setViewport({ width: 1280, height: 800 });
        await speaker.screenshot({ path: `${screenshotDir}/offline-speaker-view.png` });
      } finally {
        await speaker.close();
      }
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
