import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/launch-browser.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { offlineFile } from '../../src/site/build-site.ts';
import { cspViolations, recordCspViolations, showSlide } from './support/deck-session.ts';

const fileUrl = pathToFileURL(path.resolve('dist', offlineFile)).href;
const screenshotDir = 'tests/artifacts/screens';

let browser: Browser;
let deck: Deck;

beforeAll(async () => {
  deck = await loadDeckOrThrow('slides');
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
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

describe(`dist/${offlineFile} opened from file:// with every other request blocked`, () => {
  it('shows the deck with its fonts, charts and notes, and the speaker console on S', async () => {
    const page = await browser.newPage();
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
      await page.goto(`${fileUrl}?transition=none`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-deck-ready], html[data-deck-error]', { timeout: 20_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.deckReady)).toBe('screen');

      const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(requested.filter((url) => !url.startsWith('data:') && !url.startsWith('file:'))).toEqual([]);
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family} ${font.weight}`);
      });
      expect(fonts.some((font) => font.includes('Be Vietnam Pro'))).toBe(true);
      expect(await page.evaluate(() => document.fonts.check('700 40px "Be Vietnam Pro"', 'Thái Nguyên'))).toBe(true);

      const chartSlide = allSlides(deck).findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
      await showSlide(page, chartSlide);
      const ink = await page.evaluate(() => {
        const canvas = window.Reveal?.getCurrentSlide().querySelector('canvas');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return 0;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let inked = 0;
        for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 0) inked++;
        return inked / (canvas.width * canvas.height);
      });
      expect(ink).toBeGreaterThan(0.02);
      await page.screenshot({ path: `${screenshotDir}/offline-chart.png` });

      const popup = new Promise<Page | null>((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
      await page.focus('body');
      await page.keyboard.press('s');
      const speaker = await popup;
      if (!speaker) throw new Error('the speaker view did not open');
      try {
        const notes = allSlides(deck)[chartSlide]?.notes[0] ?? '';
        await speaker.waitForFunction(
          (expected) => document.querySelector('[data-part="notes"]')?.textContent?.includes(expected) ?? false,
          { timeout: 15_000 },
          notes.slice(0, 40),
        );
        await speaker.waitForSelector('[data-part="current-frame"] iframe');
        await speaker.waitForSelector('[data-part="next-frame"] iframe');
        const previews = speaker.frames().filter((frame) => frame.url().startsWith(fileUrl) && frame.url().includes('receiver'));
        expect(previews.length).toBe(2);
        for (const frame of previews) {
          await frame.waitForFunction(() => document.documentElement.dataset.deckReady === 'screen', { timeout: 15_000, polling: 50 });
        }
        // The console moves the deck over postMessage between the two file:// windows.
        await speaker.waitForSelector('[data-view="console"][data-link-status="connected"]');
        const fragments = await page.evaluate(() => window.Reveal?.getCurrentSlide().querySelectorAll('.fragment').length ?? 0);
        const next = fragments > 0 ? { h: chartSlide, f: 0 } : { h: chartSlide + 1, f: -1 };
        await speaker.keyboard.press('ArrowRight');
        await page.waitForFunction(
          ({ h, f }) => window.Reveal?.getIndices().h === h && (window.Reveal?.getIndices().f ?? -1) === f,
          { timeout: 10_000, polling: 50 },
          next,
        );
        await speaker.waitForSelector(`[data-view="console"][data-talk-position="${next.h}.${next.f}"]`);
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
