import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { type DeckSession, openDeck, slideFileName, startDeckSession, withoutTransitions } from './support/deck-session.ts';
import { realBuild } from './support/fixture-builds.ts';
import {
  bypassCsp,
  injectAxe,
  measurePhoneCharts,
  measurePhoneLayout,
  measureSlide,
  minimumChartInk,
  runAxe,
  settleTransitions,
  textsBelow,
} from './support/layout-rules.ts';

/**
 * The real deck, as `npm run build` left it in dist/, held to the product's generic rules: it
 * starts cleanly, every slide fits its box and every chart draws, on a projector and on a phone,
 * and axe finds nothing. No figure of the content is written here: next year's deck meets the same rules.
 * The screenshots in tests/artifacts/screens are there to be looked at.
 */

const screenshotDir = 'tests/artifacts/screens';
const phone = { width: 390, height: 844, mobile: true };

let session: DeckSession;
let slides: Slide[];

beforeAll(async () => {
  slides = allSlides((await loadDeckOrThrow('slides')).deck);
  session = await startDeckSession({ distDir: realBuild });
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

describe('the real deck in dist/, at 1920×1080', () => {
  it('is the build of slides/: one section per slide, in order, and starts without an error or a request to another host', async () => {
    const opened = await openDeck(session, { query: withoutTransitions });
    try {
      expect(await opened.page.$$eval('.reveal .slides > section', (sections) => sections.map((section) => section.id))).toEqual(
        slides.map((slide) => slide.id),
      );
      const charts = slides.flatMap((slide) => slide.blocks.filter((block) => block.type === 'chart'));
      expect(await opened.page.$$eval('canvas[data-chart]', (canvases) => canvases.length)).toBe(charts.length);
      expect(opened.errors).toEqual([]);
      const origin = new URL(session.server.url).origin;
      expect(opened.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('fits every slide in its box and draws every chart', async () => {
    const { page } = await openDeck(session, { query: withoutTransitions });
    try {
      expect(slides.length).toBeGreaterThan(0);
      let charts = 0;
      for (const [index] of slides.entries()) {
        const fit = await measureSlide(page, index);
        expect(fit.overflowing, fit.id).toEqual([]);
        charts += fit.inkByCanvas.length;
        for (const ink of fit.inkByCanvas) expect(ink, `${fit.id} chart ink`).toBeGreaterThan(minimumChartInk);
        await page.screenshot({ path: `${screenshotDir}/real-desktop-${slideFileName(index)}.png` });
      }
      // Every chart the deck's model holds was on a slide, and drew.
      expect(charts).toBe(slides.flatMap((slide) => slide.blocks.filter((block) => block.type === 'chart')).length);
    } finally {
      await page.close();
    }
  });

  it('axe-core finds no violation on any slide, every fragment shown (WCAG AA contrast included)', async () => {
    const { page } = await openDeck(session, { query: withoutTransitions, beforeLoad: bypassCsp });
    try {
      await injectAxe(page);
      const found: string[] = [];
      for (const [index, slide] of slides.entries()) {
        await measureSlide(page, index);
        await settleTransitions(page);
        for (const violation of await runAxe(page)) found.push(`${slide.id}: ${violation}`);
      }
      expect(found).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the real deck in dist/, on a phone, 390×844', () => {
  it('reads as one column of every slide, without sideways scrolling, no text under 16 px, each chart drawn to the screen width', async () => {
    const { page, errors } = await openDeck(session, phone);
    try {
      const layout = await measurePhoneLayout(page);
      expect(layout.reading).toBe(true);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
      expect(layout.outside).toEqual([]);
      expect(layout.shownSlides).toBe(slides.length);
      expect(await textsBelow(page, 16)).toEqual([]);
      for (const [index, slide] of slides.entries()) {
        for (const chart of await measurePhoneCharts(page, slide.id)) {
          expect(chart.left, slide.id).toBeGreaterThanOrEqual(0);
          expect(chart.right, slide.id).toBeLessThanOrEqual(phone.width);
          expect(chart.width, slide.id).toBeGreaterThan(phone.width * 0.75);
          expect(chart.ink, slide.id).toBeGreaterThan(minimumChartInk);
        }
        await page.screenshot({ path: `${screenshotDir}/real-phone-${slideFileName(index)}.png` });
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('axe-core finds no violation in the phone reading layout', async () => {
    const { page } = await openDeck(session, { ...phone, beforeLoad: bypassCsp });
    try {
      await injectAxe(page);
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
