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

  it('sets body text at 24 px or more and every other text at 18 px or more, at 4.5:1 contrast, at the 1280×720 design size', async () => {
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
          const background = (element: Element): string => {
            for (let node: Element | null = element; node; node = node.parentElement) {
              const colour = getComputedStyle(node).backgroundColor;
              if ((channels(colour)[3] ?? 1) > 0.5) return colour;
            }
            return getComputedStyle(document.body).backgroundColor;
          };
          const results: string[] = [];
          const texts: { size: number; body: boolean }[] = [];
          for (const element of current.querySelectorAll<HTMLElement>('*')) {
            if (element.closest('aside.notes, .sr-only')) continue;
            const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
            const rect = element.getBoundingClientRect();
            if (!ownText || rect.width === 0 || rect.height === 0) continue;
            const style = getComputedStyle(element);
            const size = Number.parseFloat(style.fontSize);
            // Running text: the paragraphs and points of the body and of a title slide (not a source marker in them).
            const body =
              element.closest('.slide__text > p, .slide__text li, .title-slide > p:not(.title-slide__org)') !== null &&
              element.closest('button') === null;
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
  ])('keeps every quantity and code on one line at $width×$height', async (viewport) => {
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
  });

  it('balances each content slide’s body in the area under its title, clear of the slide number', async () => {
    const page = await open(built, { width: 1920, height: 1080 });
    try {
      const problems: string[] = [];
      for (const [index, slide] of allSlides(built.deck).entries()) {
        if (slide.kind === 'title') continue;
        await showWholeSlide(page, index, 10_000);
        const report = await page.evaluate(() => {
          const current = window.Reveal?.getCurrentSlide();
          const header = current?.querySelector('.slide__header')?.getBoundingClientRect();
          const body = current?.querySelector('.slide__body');
          const number = current?.querySelector('.slide__number')?.getBoundingClientRect();
          if (!header || !body || !number) throw new Error(`slide ${current?.id} lacks its header, body or number`);
          const bodyBox = body.getBoundingClientRect();
          const padding = Number.parseFloat(getComputedStyle(body).paddingBottom);
          const area = { top: header.bottom, bottom: bodyBox.bottom - padding };
          const boxes = [...body.children].map((child) => child.getBoundingClientRect()).filter((rect) => rect.height > 0);
          const content = { top: Math.min(...boxes.map((rect) => rect.top)), bottom: Math.max(...boxes.map((rect) => rect.bottom)) };
          const overlapsNumber = boxes.some(
            (rect) => rect.bottom > number.top && rect.top < number.bottom && rect.right > number.left && rect.left < number.right,
          );
          return { area, content, overlapsNumber };
        });
        const height = report.area.bottom - report.area.top;
        const offset = (report.content.top + report.content.bottom) / 2 - (report.area.top + report.area.bottom) / 2;
        if (Math.abs(offset) > 0.15 * height)
          problems.push(`${slide.id}: the body's centre is ${Math.round((offset / height) * 100)}% of the area off its centre`);
        if (report.content.top < report.area.top - 1 || report.content.bottom > report.area.bottom + 1)
          problems.push(`${slide.id}: the body overflows the area under the title`);
        if (report.overlapsNumber) problems.push(`${slide.id}: the body overlaps the slide number`);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
