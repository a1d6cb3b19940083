import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import {
  cspViolations,
  type DeckSession,
  type OpenedDeck,
  openDeck,
  recordCspViolations,
  slideFileName,
  startDeckSession,
} from './support/deck-session.ts';

const screenshotDir = 'tests/artifacts/screens';
const phone = { width: 390, height: 844, mobile: true };
/** The smallest text a phone reader should get, in CSS pixels. */
const minimumFontSize = 16;

let session: DeckSession;
let deck: Deck;
let opened: OpenedDeck;

beforeAll(async () => {
  deck = await loadDeckOrThrow('slides');
  session = await startDeckSession();
  opened = await openDeck(session, { ...phone, beforeLoad: recordCspViolations });
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

describe('the deck on a phone, 390×844', () => {
  it('reads as one page in one column, without sideways scrolling', async () => {
    const report = await opened.page.evaluate(() => {
      const width = window.innerWidth;
      const outside = [...document.querySelectorAll<HTMLElement>('.reveal *')]
        .filter((element) => !element.closest('.sr-only, aside.notes'))
        .filter((element) => {
          const rect = element.getBoundingClientRect();
          return rect.width > 0 && (rect.right > width + 1 || rect.left < -1);
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      return {
        reading: document.documentElement.classList.contains('deck-reading'),
        scrollWidth: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
        width,
        outside,
        shownSlides: [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].filter(
          (slide) => slide.getBoundingClientRect().height > 0 && !slide.hasAttribute('aria-hidden') && !slide.inert,
        ).length,
      };
    });
    expect(report.reading).toBe(true);
    expect(report.width).toBe(phone.width);
    expect(report.scrollWidth).toBeLessThanOrEqual(report.width);
    expect(report.outside).toEqual([]);
    expect(report.shownSlides).toBe(allSlides(deck).length);
    expect(opened.errors).toEqual([]);
    expect(await cspViolations(opened.page)).toEqual([]);
    expect(await opened.page.$eval('.reveal .aria-status', (status) => status.getAttribute('aria-live'))).toBe('off');
  });

  it('sets every text at a readable size', async () => {
    const small = await opened.page.evaluate((minimum) => {
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('.reveal .slides *')) {
        if (element.closest('.sr-only, aside.notes')) continue;
        const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
        if (!ownText || element.getBoundingClientRect().width === 0) continue;
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (size < minimum)
          found.push(`${element.tagName.toLowerCase()}.${element.className} ${size}px: ${element.textContent?.trim().slice(0, 30)}`);
      }
      return found;
    }, minimumFontSize);
    expect(small).toEqual([]);
  });

  it('draws each chart to the screen width as its slide scrolls into view, and is saved slide by slide', async () => {
    const { page } = opened;
    for (const [index, slide] of allSlides(deck).entries()) {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), slide.id);
      await page.waitForFunction(
        (id) =>
          [...(document.getElementById(id)?.querySelectorAll<HTMLCanvasElement>('canvas') ?? [])].every(
            (c) => c.dataset.chartState === 'drawn',
          ),
        { timeout: 10_000 },
        slide.id,
      );
      const charts = await page.evaluate((id) => {
        return [...(document.getElementById(id)?.querySelectorAll('canvas') ?? [])].map((canvas) => {
          const rect = canvas.getBoundingClientRect();
          const context = canvas.getContext('2d');
          const { data } = context?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
          let inked = 0;
          for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 0) inked++;
          return { left: rect.left, right: rect.right, width: rect.width, ink: inked / (canvas.width * canvas.height) };
        });
      }, slide.id);
      for (const chart of charts) {
        expect(chart.left, slide.id).toBeGreaterThanOrEqual(0);
        expect(chart.right, slide.id).toBeLessThanOrEqual(phone.width);
        expect(chart.width, slide.id).toBeGreaterThan(phone.width * 0.75);
        expect(chart.ink, slide.id).toBeGreaterThan(0.02);
      }
      await page.screenshot({ path: `${screenshotDir}/phone-${slideFileName(index)}.png` });
    }
  });

  it('keeps the address on the slide being read, and opens a deep link at its slide', async () => {
    const { page } = opened;
    const target = allSlides(deck)[5];
    if (!target) throw new Error('the deck needs six slides');
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), target.id);
    await page.waitForFunction((hash) => window.location.hash === hash, { timeout: 5_000 }, `#/${target.id}`);

    const linked = await openDeck(session, { ...phone, hash: `#/${target.id}` });
    try {
      const top = await linked.page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top, target.id);
      expect(Math.abs(top ?? Number.POSITIVE_INFINITY)).toBeLessThan(2);
    } finally {
      await linked.page.close();
    }
  });

  it('turns back into slides when the phone is turned sideways', async () => {
    const { page } = opened;
    await page.setViewport({ width: 844, height: 390, isMobile: true, hasTouch: true });
    await page.waitForFunction(() => !document.documentElement.classList.contains('deck-reading'), { timeout: 5_000 });
    const shown = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section:not([aria-hidden])').length);
    expect(shown).toBe(1);
    await page.setViewport({ width: phone.width, height: phone.height, isMobile: true, hasTouch: true });
    await page.waitForFunction(() => document.documentElement.classList.contains('deck-reading'), { timeout: 5_000 });
  });
});
