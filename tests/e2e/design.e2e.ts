import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DistServer, serveDist } from '../../src/browser/serve-dist.ts';
import { showWholeSlide } from '../../src/browser/show-whole-slide.ts';
import { allSlides, type Deck } from '../../src/model/deck.ts';
import { deckFile, parseDeckFile } from '../../src/model/deck-file.ts';
import { createLocale } from '../../src/model/locale.ts';
import { findKeptRanges, type QuantityVocabulary, quantityVocabulary } from '../../src/model/quantity.ts';
import { minimumTextSize } from '../../src/model/typography.ts';
import { withoutTransitions } from './support/deck-session.ts';
import { fixtureBuilds, realBuild } from './support/fixture-builds.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

/**
 * What the room sees, measured in Chromium on every slide: legible sizes and contrast, quantities
 * that never break, and a body balanced under the title. Generic checks with no figure of any
 * year in them, run over the built deck (dist/) and over the design fixture deck (built by the
 * global set-up), in the run's shared browser.
 */
let browser: Browser;
const servers: DistServer[] = [];

beforeAll(async () => {
  browser = await connectSharedBrowser();
});

afterAll(async () => {
  await browser?.disconnect();
  for (const server of servers) await server.close();
});

interface Built {
  deck: Deck;
  url: string;
  vocabulary: QuantityVocabulary;
}

async function serve(distDir: string): Promise<Built> {
  const deck = parseDeckFile(await readFile(path.join(distDir, deckFile), 'utf8'));
  if (!deck) throw new Error(`no ${deckFile} in ${distDir}`);
  const server = await serveDist({ distDir });
  servers.push(server);
  return { deck, url: server.url, vocabulary: quantityVocabulary(deck, createLocale(deck.meta.lang)) };
}

async function open(built: Built, viewport: { width: number; height: number; mobile?: boolean }): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({
    width: viewport.width,
    height: viewport.height,
    isMobile: viewport.mobile ?? false,
    hasTouch: viewport.mobile ?? false,
  });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${built.url}?${withoutTransitions}`, { waitUntil: 'load' });
  await page.waitForSelector('html[data-deck-ready], html[data-deck-error]', { timeout: 20_000 });
  return page;
}

/** Draws every chart of the phone's one long page, scrolling each slide into view. */
async function drawAllCharts(page: Page, deck: Deck): Promise<void> {
  for (const slide of allSlides(deck)) {
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), slide.id);
    await page.waitForFunction(
      (id) =>
        [...(document.getElementById(id)?.querySelectorAll<HTMLCanvasElement>('canvas') ?? [])].every(
          (c) => c.dataset.chartState === 'drawn',
        ),
      { timeout: 10_000 },
      slide.id,
    );
  }
}

const decks = [
  { name: 'the built deck (dist/)', dist: () => realBuild },
  { name: 'the design fixture deck', dist: () => fixtureBuilds.design },
];

describe.each(decks)('$name', ({ dist }) => {
  let built: Built;
  beforeAll(async () => {
    built = await serve(dist());
  });

  it('sets running text at 28 px or more and every other text at 24 px or more, at 4.5:1 contrast, at the 1280×720 design size', async () => {
    const page = await open(built, { width: 1280, height: 720 });
    try {
      const problems: string[] = [];
      for (const [index, slide] of allSlides(built.deck).entries()) {
        await showWholeSlide(page, index, 10_000);
        const found = await page.evaluate((minimum) => {
          const current = window.Reveal?.getCurrentSlide();
          if (!current) throw new Error('no current slide');
          const channels = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
          const luminance = (colour: string): number => {
            const [r = 0, g = 0, b = 0] = channels(colour)
              .slice(0, 3)
              .map((value) => value / 255)
              .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          // What is painted under the text: the first opaque background below it, a card or panel beside it in the DOM included.
          const background = (element: Element): string => {
            const rect = element.getBoundingClientRect();
            for (const node of document.elementsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)) {
              const colour = getComputedStyle(node).backgroundColor;
              if ((channels(colour)[3] ?? 1) > 0.5) return colour;
            }
            return getComputedStyle(document.body).backgroundColor;
          };
          const results: string[] = [];
          const texts: { size: number; body: boolean }[] = [];
          for (const element of current.querySelectorAll<HTMLElement>('*')) {
            // Reader controls (source markers, data links) are not shown to the room.
            if (element.closest('aside.notes, .sr-only, .reader-only')) continue;
            const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
            const rect = element.getBoundingClientRect();
            if (!ownText || rect.width === 0 || rect.height === 0) continue;
            const style = getComputedStyle(element);
            const size = Number.parseFloat(style.fontSize);
            // Running text: the paragraphs and points of the body and of a title slide (not a source marker in them).
            const body =
              element.closest('.slide__text p, .slide__text li') !== null && element.closest('button, .slide__text--reference') === null;
            texts.push({ size, body });
            const floor = body ? minimum.body : minimum.other;
            const label = `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 30)}"`;
            if (size < floor) results.push(`${label}: ${size}px < ${floor}px`);
            const [light, dark] = [luminance(style.color), luminance(background(element))].sort((a, b) => b - a) as [number, number];
            const ratio = (light + 0.05) / (dark + 0.05);
            if (ratio < 4.5) results.push(`${label}: contrast ${ratio.toFixed(2)} < 4.5`);
          }
          for (const canvas of current.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
            const fonts = JSON.parse(canvas.dataset.chartFonts ?? '{}') as {
              ticks?: number[];
              axisTitles?: number[];
              valueLabels?: number;
              legend?: number;
            };
            // Bars have axes; a doughnut has its legend instead.
            if (fonts.valueLabels === undefined || ((fonts.ticks ?? []).length === 0 && fonts.legend === undefined)) {
              results.push(`${canvas.closest('figure')?.id}: chart fonts not reported`);
            }
            const sizes = [
              ...(fonts.ticks ?? []),
              ...(fonts.axisTitles ?? []),
              fonts.valueLabels ?? 0,
              ...(fonts.legend === undefined ? [] : [fonts.legend]),
            ];
            for (const size of sizes)
              if (size < minimum.other) results.push(`${canvas.closest('figure')?.id}: chart text ${size}px < ${minimum.other}px`);
          }
          for (const caption of current.querySelectorAll('.chart__title')) {
            if (caption.textContent?.trim() === current.querySelector('h2')?.textContent?.trim())
              results.push(`chart title repeats the slide title`);
          }
          return { results, texts: texts.length };
        }, minimumTextSize);
        expect(found.texts, slide.id).toBeGreaterThan(0);
        problems.push(...found.results.map((result) => `${slide.id}: ${result}`));
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 390, height: 844, mobile: true },
  ])(
    'keeps every quantity, code and phrase on one line, and no short word alone on a block’s last line, at $width×$height',
    async (viewport) => {
      const page = await open(built, viewport);
      try {
        const reading = await page.evaluate(() => document.documentElement.classList.contains('deck-reading'));
        if (reading) await drawAllCharts(page, built.deck);
        const problems: string[] = [];
        let measured = 0;
        const slides = reading ? [-1] : allSlides(built.deck).map((_slide, index) => index);
        for (const index of slides) {
          if (index >= 0) await showWholeSlide(page, index, 10_000);
          // Every block of text that is shown: its text, from its text nodes in order.
          const blocks = await page.evaluate((onPage) => {
            const root = onPage ? document.querySelector('.reveal .slides') : window.Reveal?.getCurrentSlide();
            const elements = [...(root?.querySelectorAll<HTMLElement>('h1, h2, p, li, figcaption') ?? [])].filter(
              (element) => !element.closest('aside.notes, .sr-only') && element.getBoundingClientRect().width > 0,
            );
            return elements.map((element, position) => {
              element.dataset.measure = String(position);
              return element.textContent ?? '';
            });
          }, reading);
          const ranges = blocks.flatMap((text, block) =>
            findKeptRanges(text, built.vocabulary).map((range) => ({
              block,
              start: range.start,
              end: range.end,
              text: text.slice(range.start, range.end),
            })),
          );
          measured += ranges.length;
          const broken = await page.evaluate((targets) => {
            const failures: string[] = [];
            for (const target of targets) {
              const element = document.querySelector(`[data-measure="${target.block}"]`);
              if (!element) continue;
              // A DOM range over the quantity's characters, across the text nodes it spans.
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              const range = document.createRange();
              let offset = 0;
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const length = node.textContent?.length ?? 0;
                if (target.start >= offset && target.start < offset + length) range.setStart(node, target.start - offset);
                if (target.end > offset && target.end <= offset + length) range.setEnd(node, target.end - offset);
                offset += length;
              }
              const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
              // One line: every box of the range shares a band of height with every other.
              const top = Math.max(...rects.map((rect) => rect.top));
              const bottom = Math.min(...rects.map((rect) => rect.bottom));
              if (rects.length > 0 && top >= bottom - 1) failures.push(`"${target.text}" breaks across lines`);
            }
            return failures;
          }, ranges);
          problems.push(...broken.map((failure) => `${index >= 0 ? `slide ${index + 1}` : 'page'}: ${failure}`));
        }
        expect(measured).toBeGreaterThan(5);
        expect(problems).toEqual([]);
        if (reading)
          expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(
            viewport.width,
          );
      } finally {
        await page.close();
      }
    },
  );

  it('starts every content slide’s body at one height, in at most two body sizes, each block inside its box and clear of the page number', async () => {
    const page = await open(built, { width: 1920, height: 1080 });
    try {
      const problems: string[] = [];
      const tops: number[] = [];
      const sizes = new Set<string>();
      for (const [index, slide] of allSlides(built.deck).entries()) {
        if (slide.kind === 'title') continue;
        await showWholeSlide(page, index, 10_000);
        const report = await page.evaluate((designWidth) => {
          const current = window.Reveal?.getCurrentSlide();
          if (!current) throw new Error('no current slide');
          const origin = current.getBoundingClientRect();
          const scale = origin.width / designWidth;
          const frame = ['section', 'title', 'rule', 'number'];
          const placed = [...current.querySelectorAll<HTMLElement>('[data-place]')];
          const body = placed.filter((element) => !frame.includes(element.dataset.place ?? ''));
          const number = current.querySelector('[data-place="number"]')?.getBoundingClientRect();
          // A block's content overflows its box when, left to its natural height, it is taller than the box
          // (line boxes, not glyphs: a tall accent may reach into the line above), or when a line is wider.
          // A chart's canvas is sized by Chart.js, to its plot: the sharpness test holds it to its box.
          const overflowing = [...current.querySelectorAll<HTMLElement>('[data-place], [data-place] > [data-part]')]
            .filter((element) => element.dataset.part !== 'plot' && !element.matches('.chart'))
            .flatMap((element) => {
              const box = element.getBoundingClientRect().height;
              const fixed = element.style.height;
              element.style.height = 'auto';
              const natural = element.getBoundingClientRect().height;
              element.style.height = fixed;
              const name = element.dataset.place ?? element.dataset.part;
              return [
                ...(natural > box + 1 ? [`${name}: ${Math.round(natural / scale)} px tall in a box of ${Math.round(box / scale)}`] : []),
                ...(element.scrollWidth > element.clientWidth + 1
                  ? [`${name}: ${element.scrollWidth} px wide in a box of ${element.clientWidth}`]
                  : []),
              ];
            });
          const overlapsNumber = body.some((element) => {
            const rect = element.getBoundingClientRect();
            return number !== undefined && rect.bottom > number.top + 1 && rect.right > number.left && rect.left < number.right;
          });
          const reference = current.querySelector('.slide__text--reference') !== null;
          const sizes = reference
            ? []
            : [...current.querySelectorAll<HTMLElement>('.slide__text p, .slide__text li')].map(
                (element) => getComputedStyle(element).fontSize,
              );
          return {
            top: Math.min(...body.map((element) => (element.getBoundingClientRect().top - origin.top) / scale)),
            overflowing,
            overlapsNumber,
            sizes,
          };
        }, 1280);
        tops.push(report.top);
        for (const size of report.sizes) sizes.add(size);
        problems.push(...report.overflowing.map((what) => `${slide.id}: ${what} overflows its box`));
        if (report.overlapsNumber) problems.push(`${slide.id}: the body overlaps the page number`);
      }
      expect(tops.length).toBeGreaterThan(3);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(24);
      expect(sizes.size).toBeGreaterThan(0);
      expect(sizes.size, [...sizes].join(', ')).toBeLessThanOrEqual(2);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
