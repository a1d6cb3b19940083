import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { type DeckSession, openDeck, showSlide, startDeckSession, withoutTransitions } from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';

let session: DeckSession;
/** The indices of the fixture deck's slides that hold a chart. */
let chartSlides: number[];

beforeAll(async () => {
  const slides = allSlides((await loadDeckOrThrow(fixtureDecks.basic)).deck);
  chartSlides = slides.flatMap((slide, index) => (slide.blocks.some((block) => block.type === 'chart') ? [index] : []));
  session = await startDeckSession({ distDir: fixtureBuilds.basic });
});

afterAll(async () => {
  await session?.close();
});

interface CanvasPixels {
  drawn: { width: number; height: number };
  covered: { width: number; height: number };
  /** Its width on the 1280×720 slide, before reveal.js scales the slide. */
  layoutWidth: number;
}

/** Each chart canvas of the current slide: the pixels drawn, and the device pixels it covers on screen. */
function canvasPixels(page: Page): Promise<CanvasPixels[]> {
  return page.$$eval('.reveal .slides > section.present canvas[data-chart-state="drawn"]', (canvases) =>
    canvases.map((canvas) => {
      const box = canvas.getBoundingClientRect();
      return {
        drawn: { width: canvas.width, height: canvas.height },
        covered: { width: Math.floor(box.width * devicePixelRatio), height: Math.floor(box.height * devicePixelRatio) },
        layoutWidth: canvas.offsetWidth,
      };
    }),
  );
}

const sharp = (canvas: CanvasPixels): boolean => canvas.drawn.width >= canvas.covered.width && canvas.drawn.height >= canvas.covered.height;

/** Waits until every chart of the current slide is drawn with at least the pixels it covers, then returns them. */
async function expectSharpCharts(page: Page, where: string): Promise<CanvasPixels[]> {
  await page
    .waitForFunction(
      () => {
        const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.reveal .slides > section.present canvas[data-chart]')];
        return (
          canvases.length > 0 &&
          canvases.every((canvas) => {
            const box = canvas.getBoundingClientRect();
            return (
              canvas.dataset.chartState === 'drawn' &&
              canvas.width >= Math.floor(box.width * devicePixelRatio) &&
              canvas.height >= Math.floor(box.height * devicePixelRatio)
            );
          })
        );
      },
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  const canvases = await canvasPixels(page);
  expect(canvases.length, where).toBeGreaterThan(0);
  for (const canvas of canvases) expect(sharp(canvas), `${where}: ${JSON.stringify(canvas)}`).toBe(true);
  return canvases;
}

describe('charts drawn for the pixels they cover on screen', () => {
  it('at 1920×1080, at 3840×2160, and again after the window shrinks and grows', async () => {
    expect(chartSlides.length).toBeGreaterThan(0);
    const { page } = await openDeck(session, { query: withoutTransitions, width: 1920, height: 1080 });
    try {
      for (const index of chartSlides) {
        await showSlide(page, index);
        const full = await expectSharpCharts(page, `slide ${index + 1} at 1920×1080`);
        // reveal.js scales the 1280×720 slide up: each chart covers more pixels than its width on the slide.
        for (const canvas of full) expect(canvas.covered.width).toBeGreaterThan(1.3 * canvas.layoutWidth);
      }
      const index = chartSlides[0] as number;
      await showSlide(page, index);
      await page.setViewport({ width: 3840, height: 2160 });
      const large = await expectSharpCharts(page, `slide ${index + 1} at 3840×2160`);
      await page.setViewport({ width: 1280, height: 720 });
      await expectSharpCharts(page, `slide ${index + 1} after shrinking to 1280×720`);
      await page.setViewport({ width: 1920, height: 1080 });
      const again = await expectSharpCharts(page, `slide ${index + 1} after growing back to 1920×1080`);
      expect(large[0]?.drawn.width).toBeGreaterThan(again[0]?.drawn.width ?? Number.POSITIVE_INFINITY);
    } finally {
      await page.close();
    }
  });

  it('on a screen of two device pixels per CSS pixel too', async () => {
    const page = await session.context.newPage();
    try {
      await page.setViewport({ width: 1920, height: 1080, deviceScaleFactor: 2 });
      await page.goto(`${session.server.url}?${withoutTransitions}`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-deck-ready]');
      const index = chartSlides[0] as number;
      await showSlide(page, index);
      const canvases = await expectSharpCharts(page, `slide ${index + 1} at 1920×1080, 2 device pixels per CSS pixel`);
      for (const canvas of canvases) expect(canvas.covered.width).toBeGreaterThan(2.6 * canvas.layoutWidth);
    } finally {
      await page.close();
    }
  });
});
