import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import {
  cspViolations,
  type DeckSession,
  type OpenedDeck,
  openDeck,
  recordCspViolations,
  slideFileName,
  startDeckSession,
} from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { measurePhoneCharts, measurePhoneLayout, minimumChartInk, textsBelow } from './support/layout-rules.ts';

const screenshotDir = 'tests/artifacts/screens';
const phone = { width: 390, height: 844, mobile: true };
/** The smallest text a phone reader should get, in CSS pixels. */
const minimumFontSize = 16;

let session: DeckSession;
let slides: Slide[];

beforeAll(async () => {
  slides = allSlides((await loadDeckOrThrow(fixtureDecks.basic)).deck);
  session = await startDeckSession({ distDir: fixtureBuilds.basic });
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

/** Opens the fixture deck on a phone for one test, and always closes it. */
async function onPhone(test: (opened: OpenedDeck) => Promise<void>): Promise<void> {
  const opened = await openDeck(session, { ...phone, beforeLoad: recordCspViolations });
  try {
    await test(opened);
  } finally {
    await opened.page.close();
  }
}

describe('the fixture deck on a phone, 390×844', () => {
  it('reads as one page in one column, every slide shown, without sideways scrolling', () =>
    onPhone(async ({ page, errors }) => {
      const layout = await measurePhoneLayout(page);
      expect(layout.reading).toBe(true);
      expect(layout.width).toBe(phone.width);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
      expect(layout.outside).toEqual([]);
      expect(layout.shownSlides).toBe(slides.length);
      expect(errors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(await page.$eval('.reveal .aria-status', (status) => status.getAttribute('aria-live'))).toBe('off');
    }));

  it('sets every text at a readable size', () =>
    onPhone(async ({ page }) => {
      expect(await textsBelow(page, minimumFontSize)).toEqual([]);
    }));

  it('draws each chart to the screen width as its slide scrolls into view, and is saved slide by slide', () =>
    onPhone(async ({ page }) => {
      let charts = 0;
      for (const [index, slide] of slides.entries()) {
        for (const chart of await measurePhoneCharts(page, slide.id)) {
          expect(chart.left, slide.id).toBeGreaterThanOrEqual(0);
          expect(chart.right, slide.id).toBeLessThanOrEqual(phone.width);
          expect(chart.width, slide.id).toBeGreaterThan(phone.width * 0.75);
          expect(chart.ink, slide.id).toBeGreaterThan(minimumChartInk);
          charts += 1;
        }
        await page.screenshot({ path: `${screenshotDir}/fixture-phone-${slideFileName(index)}.png` });
      }
      expect(charts).toBe(slides.flatMap((slide) => slide.blocks.filter((block) => block.type === 'chart')).length);
    }));

  it('keeps the address on the slide being read, and opens a deep link at its slide', async () => {
    const target = slides[5];
    if (!target) throw new Error('the fixture deck needs six slides');
    await onPhone(async ({ page }) => {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), target.id);
      await page.waitForFunction((hash) => window.location.hash === hash, { timeout: 5_000 }, `#/${target.id}`);
    });
    const linked = await openDeck(session, { ...phone, hash: `#/${target.id}` });
    try {
      const top = await linked.page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top, target.id);
      expect(Math.abs(top ?? Number.POSITIVE_INFINITY)).toBeLessThan(2);
    } finally {
      await linked.page.close();
    }
  });

  it('turns back into slides when the phone is turned sideways', () =>
    onPhone(async ({ page }) => {
      await page.setViewport({ width: 844, height: 390, isMobile: true, hasTouch: true });
      await page.waitForFunction(() => !document.documentElement.classList.contains('deck-reading'), { timeout: 5_000 });
      const shown = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section:not([aria-hidden])').length);
      expect(shown).toBe(1);
      await page.setViewport({ width: phone.width, height: phone.height, isMobile: true, hasTouch: true });
      await page.waitForFunction(() => document.documentElement.classList.contains('deck-reading'), { timeout: 5_000 });
    }));
});
