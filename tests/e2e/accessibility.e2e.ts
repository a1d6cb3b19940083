import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck, Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { createLocale, type Locale } from '../../src/model/locale.ts';
import { deckFacts } from '../helpers/deck-facts.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { type DeckSession, openDeck, startDeckSession } from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';

// axe-core runs over every slide of the real deck in real-deck.e2e.ts; these are the behaviours, on the fixture deck.

let session: DeckSession;
let deck: Deck;
let slides: Slide[];
let locale: Locale;

beforeAll(async () => {
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
