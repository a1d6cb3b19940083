import { mkdir } from 'node:fs/promises';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { readBuiltDeck } from '../../src/content/read-built-deck.ts';
import type { Deck, Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { createLocale, type Locale } from '../../src/model/locale.ts';
import { type PresentServer, startPresentServer } from '../../src/present/present-server.ts';
import { createPresentToken } from '../../src/present/present-token.ts';
import { presenterHints } from '../../src/present/presenter-hints.ts';
import { deckFacts } from '../helpers/deck-facts.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { type DeckSession, openDeck, startDeckSession } from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { injectAxe, runAxe } from './support/layout-rules.ts';

// axe-core runs over every slide of the real deck in real-deck.e2e.ts; these are the behaviours, on the fixture deck.

let session: DeckSession;
let deck: Deck;
let slides: Slide[];
let locale: Locale;

beforeAll(async () => {
  await mkdir('tests/artifacts/screens', { recursive: true });
  deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
  slides = allSlides(deck);
  locale = createLocale(deck.meta.lang);
  session = await startDeckSession({ distDir: fixtureBuilds.basic });
});

afterAll(async () => {
  await session?.close();
});

describe('accessibility of the fixture deck', () => {
  it('gives every chart a data table for screen readers, and a label, with each value as the model writes it', async () => {
    const { page } = await openDeck(session, {});
    try {
      const shown = await page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => ({
          id: figure.id,
          label: figure.querySelector('canvas')?.getAttribute('aria-label') ?? '',
          rows: [...figure.querySelectorAll('table tbody tr')].map((row) =>
            [...row.children].map((cell) => cell.textContent?.trim() ?? '').join(' | '),
          ),
        })),
      );
      const charts = slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.type === 'chart' ? [block] : [])));
      expect(shown.map((table) => table.id)).toEqual(charts.map((chart) => chart.id));
      const values = deckFacts(deck, locale).flatMap((facts) => facts.chartValues);
      for (const [index, chart] of charts.entries()) {
        const expected = values
          .filter((value) => value.chartTitle === chart.chart.title)
          .map((value) => `${value.quantity.label} | ${value.text}${value.derived ? ` ${locale.strings.derivedMark}` : ''}`);
        expect(shown[index]?.rows, chart.id).toEqual(expected);
        expect(shown[index]?.label, chart.id).toContain(chart.chart.title);
      }
    } finally {
      await page.close();
    }
  });

  it('names each chart briefly, with no values, and describes it by its table, which holds them', async () => {
    const { page } = await openDeck(session, {});
    try {
      const charts = await page.$$eval('canvas[data-chart]', (canvases) =>
        canvases.map((canvas) => {
          const table = document.getElementById(canvas.getAttribute('aria-describedby') ?? '');
          return { name: canvas.getAttribute('aria-label') ?? '', table: table?.tagName ?? '', described: table?.textContent ?? '' };
        }),
      );
      const values = deckFacts(deck, locale).flatMap((facts) => facts.chartValues);
      expect(charts.length).toBeGreaterThan(0);
      expect(charts.length).toBe(new Set(values.map((value) => value.chartTitle)).size);
      for (const chart of charts) {
        const own = values.filter((value) => chart.name === `${locale.strings.chartLabel}: ${value.chartTitle}`);
        expect(own.length, chart.name).toBeGreaterThan(0);
        expect(chart.table, chart.name).toBe('TABLE');
        for (const value of own) {
          expect(chart.name, chart.name).not.toContain(value.number);
          expect(chart.described.replace(/\s+/g, ' '), chart.name).toContain(value.text);
        }
      }
    } finally {
      await page.close();
    }
  });

  it('shows a chart’s numbers as a table from a button beside its data link, in the chart’s place, by mouse and keyboard; the room sees the chart', async () => {
    const { page } = await openDeck(session, { width: 1280, height: 720, query: 'transition=none' });
    try {
      const chartSlide = slides.findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
      expect(chartSlide).toBeGreaterThan(0);
      await page.evaluate((index) => window.Reveal?.slide(index), chartSlide);
      const state = (): Promise<{ expanded: string | null; shown: boolean; canvas: string; slide: number | undefined; fits: boolean }> =>
        page.$eval('.present .chart__show-table', (button) => {
          const table = document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
          const plot = table.parentElement?.getBoundingClientRect();
          const box = table.getBoundingClientRect();
          const canvas = table.parentElement?.querySelector('canvas') as HTMLCanvasElement;
          const slide = document.querySelector('.present')?.getBoundingClientRect();
          const tools = button.parentElement?.getBoundingClientRect();
          const inside = (inner: DOMRect, outer: DOMRect | undefined): boolean =>
            outer !== undefined &&
            inner.left >= outer.left - 1 &&
            inner.right <= outer.right + 1 &&
            inner.top >= outer.top - 1 &&
            inner.bottom <= outer.bottom + 1;
          const shown = !table.classList.contains('sr-only') && getComputedStyle(table).display !== 'none';
          return {
            expanded: button.getAttribute('aria-expanded'),
            shown,
            canvas: getComputedStyle(canvas).visibility,
            slide: window.Reveal?.getIndices().h,
            // The table takes the plot's box; the button stays on the slide, clear of the chart.
            fits: (!shown || inside(box, plot)) && tools !== undefined && inside(tools, slide) && (plot?.bottom ?? 0) <= tools.top,
          };
        });
      expect(await state()).toEqual({ expanded: 'false', shown: false, canvas: 'visible', slide: chartSlide, fits: true });
      await page.click('.present .chart__show-table');
      expect(await state()).toEqual({ expanded: 'true', shown: true, canvas: 'hidden', slide: chartSlide, fits: true });
      await page.screenshot({ path: 'tests/artifacts/screens/chart-table-shown.png' });
      await page.focus('.present .chart__show-table');
      await page.keyboard.press(' ');
      expect(await state()).toEqual({ expanded: 'false', shown: false, canvas: 'visible', slide: chartSlide, fits: true });
      await page.keyboard.press('Enter');
      expect((await state()).shown).toBe(true);
      await page.keyboard.press('Escape');
      expect(await state()).toMatchObject({ expanded: 'false', shown: false, slide: chartSlide });
      // Open on the reader's page, then shown to the room: the room sees the chart and no button.
      await page.click('.present .chart__show-table');
      await page.evaluate(() => document.documentElement.requestFullscreen());
      await page.waitForFunction(() => document.documentElement.classList.contains('deck-room'));
      expect(
        await page.$eval('.present .chart__show-table', (button) => {
          const table = document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
          const canvas = table.parentElement?.querySelector('canvas') as HTMLCanvasElement;
          return [button.checkVisibility(), table.checkVisibility(), getComputedStyle(canvas).visibility];
        }),
      ).toEqual([false, false, 'visible']);
      await page.evaluate(() => document.exitFullscreen());
    } finally {
      await page.close();
    }
  });

  it('hides the slides not shown from assistive technology on screen, and hides none in the print view, where each chart says its values', async () => {
    const screen = await openDeck(session, {});
    const print = await session.context.newPage();
    try {
      const hidden = (page: Page): Promise<string[]> =>
        page.$$eval('.reveal .slides section', (sections) => sections.map((section) => section.getAttribute('aria-hidden') ?? 'shown'));
      expect(await hidden(screen.page)).toEqual(slides.map((_slide, index) => (index === 0 ? 'shown' : 'true')));
      await print.setViewport({ width: 1280, height: 720 });
      await print.goto(`${session.server.url}?print-pdf`, { waitUntil: 'load' });
      await print.waitForFunction(() => document.documentElement.dataset.deckReady === 'print', { timeout: 30_000 });
      expect(await hidden(print)).toEqual(slides.map(() => 'shown'));
      const labels = await print.$$eval('canvas[data-chart]', (canvases) =>
        canvases.map((canvas) => canvas.getAttribute('aria-label') ?? ''),
      );
      const values = deckFacts(deck, locale).flatMap((facts) => facts.chartValues);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        const own = values.filter((value) => label.startsWith(`${locale.strings.chartLabel}: ${value.chartTitle}.`));
        expect(own.length, label).toBeGreaterThan(0);
        for (const value of own) expect(label).toContain(value.text);
      }
    } finally {
      await Promise.all([screen.page.close(), print.close()]);
    }
  });

  it('reads in order: every slide puts its heading before its body', async () => {
    const { page } = await openDeck(session, {});
    try {
      const orders = await page.$$eval('.reveal .slides > section', (sections) =>
        sections.map((section) => {
          const heading = section.querySelector('h1, h2');
          const body = section.querySelector('.slide__body, .title-slide p:not(.title-slide__org)');
          return heading && body ? Boolean(heading.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) : heading !== null;
        }),
      );
      expect(orders).toEqual(slides.map(() => true));
    } finally {
      await page.close();
    }
  });
});

describe('prefers-reduced-motion', () => {
  it('turns off slide transitions, fragment fades and chart animation', async () => {
    const { page } = await openDeck(session, {
      beforeLoad: (opening) => opening.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]),
    });
    try {
      const chartSlide = slides.findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
      const fragmentSlide = slides.findIndex((slide) => slide.fragments);
      expect(chartSlide).toBeGreaterThan(0);
      expect(fragmentSlide).toBeGreaterThan(0);
      await page.evaluate((chartIndex) => window.Reveal?.slide(chartIndex), chartSlide);
      // Drawn at their final state at once: the mounter records that it drew them without animation.
      await page.waitForFunction(
        () => {
          const canvases = [...(window.Reveal?.getCurrentSlide().querySelectorAll<HTMLCanvasElement>('canvas[data-chart]') ?? [])];
          return canvases.length > 0 && canvases.every((canvas) => canvas.dataset.chartState === 'drawn');
        },
        { timeout: 15_000, polling: 'mutation' },
      );
      const motion = await page.evaluate((fragmentIndex) => {
        const reveal = window.Reveal;
        if (!reveal) throw new Error('window.Reveal is missing');
        const animated = [...reveal.getCurrentSlide().querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map(
          (canvas) => canvas.dataset.chartAnimated,
        );
        reveal.slide(fragmentIndex);
        const fragment = reveal.getCurrentSlide().querySelector('.fragment');
        return {
          transition: reveal.getConfig().transition,
          backgroundTransition: reveal.getConfig().backgroundTransition,
          animated,
          slideTransition: getComputedStyle(reveal.getCurrentSlide()).transitionDuration,
          fragmentTransition: fragment ? getComputedStyle(fragment).transitionDuration : 'none',
        };
      }, fragmentSlide);
      expect(motion.transition).toBe('none');
      expect(motion.backgroundTransition).toBe('none');
      expect(motion.animated.length).toBeGreaterThan(0);
      expect(motion.animated.every((animated) => animated === 'false')).toBe(true);
      expect(motion.slideTransition.split(',').every((duration) => Number.parseFloat(duration) === 0)).toBe(true);
      expect(motion.fragmentTransition.split(',').every((duration) => Number.parseFloat(duration) === 0)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('the speaker console and the phone remote of npm run present', () => {
  let present: PresentServer;

  beforeAll(async () => {
    // The design deck has presenter hints, which the console and the remote show once they hold the token.
    const built = await readBuiltDeck(fixtureBuilds.design);
    present = await startPresentServer({
      distDir: fixtureBuilds.design,
      host: '127.0.0.1',
      port: 0,
      token: createPresentToken(),
      hints: await presenterHints(fixtureDecks.design, built.deck),
    });
  });

  afterAll(async () => {
    await present?.close();
  });

  async function openView(
    url: string,
    view: 'console' | 'remote',
    viewport: { width: number; height: number; mobile?: boolean },
  ): Promise<Page> {
    const page = await session.context.newPage();
    await page.setBypassCSP(true);
    await page.setViewport({
      width: viewport.width,
      height: viewport.height,
      isMobile: viewport.mobile ?? false,
      hasTouch: viewport.mobile ?? false,
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(`[data-view="${view}"][data-link-status="connected"]`, { timeout: 20_000 });
    await injectAxe(page);
    return page;
  }

  it('pass axe-core with no violation (WCAG 2.2 AA included) at the start, after moving, with the black screen, in each pacing, and opened alone', async () => {
    const consolePage = await openView(present.addresses.console, 'console', { width: 1440, height: 900 });
    const remote = await openView(present.addresses.remote, 'remote', { width: 390, height: 844, mobile: true });
    const alone = await session.context.newPage();
    try {
      const found: string[] = [];
      const check = async (page: Page, state: string): Promise<void> => {
        await page.bringToFront();
        for (const violation of await runAxe(page)) found.push(`${state}: ${violation}`);
      };
      await check(consolePage, 'console, at the start');
      await check(remote, 'remote, at the start');
      // To the first slide with presenter hints, step by step: the console and the remote show them.
      const content = await loadDeckOrThrow(fixtureDecks.design);
      const withHints = allSlides(content.deck).findIndex((slide) => (slide.hints?.length ?? 0) > 0);
      expect(withHints).toBeGreaterThan(0);
      await consolePage.bringToFront();
      for (;;) {
        const at = await consolePage.$eval('[data-view="console"]', (view) => view.getAttribute('data-talk-position') ?? '');
        if (at.startsWith(`${withHints}.`)) break;
        await consolePage.click('.speaker-console__bar [data-action="next"]');
        await consolePage.waitForFunction(
          (before) => document.querySelector('[data-view="console"]')?.getAttribute('data-talk-position') !== before,
          { timeout: 15_000 },
          at,
        );
      }
      for (const page of [consolePage, remote]) await page.waitForSelector('[data-part="hints-panel"]:not([hidden])', { timeout: 15_000 });
      await check(consolePage, 'console, on a slide with hints, the clock running');
      await check(remote, 'remote, on a slide with hints, the clock running');
      await consolePage.bringToFront();
      await consolePage.click('.speaker-console__bar [data-action="blackout"]');
      for (const page of [consolePage, remote])
        await page.waitForSelector('[data-action="blackout"][aria-pressed="true"]', { timeout: 15_000 });
      await check(consolePage, 'console, black screen');
      await check(remote, 'remote, black screen');
      // The pacing's three colours (a deck with a plan shows them as the talk goes; this one has none).
      for (const pacing of ['ahead', 'on-track', 'behind'] as const) {
        for (const page of [consolePage, remote]) {
          await page.$$eval(
            '[data-part="pacing"]',
            (elements, value) => {
              for (const element of elements) {
                element.setAttribute('data-pacing', value);
                element.textContent = 'Chậm 0:45 so với kế hoạch';
              }
            },
            pacing,
          );
          await check(page, `${page === remote ? 'remote' : 'console'}, pacing ${pacing}`);
        }
      }
      // Opened by itself, the console says how to open it from the deck.
      await alone.setBypassCSP(true);
      await alone.setViewport({ width: 1440, height: 900 });
      await alone.goto(`${session.server.url}?speaker`, { waitUntil: 'load' });
      await alone.waitForSelector('[data-view="console"][data-alone]', { timeout: 20_000 });
      await injectAxe(alone);
      await check(alone, 'console, alone');
      expect(found).toEqual([]);
    } finally {
      await Promise.all([consolePage.close(), remote.close(), alone.close()]);
    }
  });
});
