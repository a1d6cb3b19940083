import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { type DeckSession, openDeck, showSlide, startDeckSession } from './support/deck-session.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let session: DeckSession;
let deck: Deck;

beforeAll(async () => {
  deck = await loadDeckOrThrow('slides');
  session = await startDeckSession();
});

afterAll(async () => {
  await session?.close();
});

/** axe-core on what is on screen now; violations as one line each, so a failure names them. */
async function runAxe(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

// axe is injected as a script tag, which the deck's Content-Security-Policy would refuse.
const bypassCsp = (page: Page) => page.setBypassCSP(true);

describe('accessibility', () => {
  it('axe-core finds no violation on any slide, every fragment shown (WCAG AA contrast included)', async () => {
    const opened = await openDeck(session, { query: 'transition=none', beforeLoad: bypassCsp });
    try {
      await opened.page.addScriptTag({ path: axePath });
      const found: string[] = [];
      for (const [index, slide] of allSlides(deck).entries()) {
        await showSlide(opened.page, index);
        await opened.page.evaluate(() =>
          Promise.all(
            document
              .getAnimations()
              .filter((animation) => animation instanceof CSSTransition)
              .map((animation) => animation.finished),
          ),
        );
        for (const violation of await runAxe(opened.page)) found.push(`${slide.id}: ${violation}`);
      }
      expect(found).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('axe-core finds no violation in the phone reading layout', async () => {
    const opened = await openDeck(session, { width: 390, height: 844, mobile: true, beforeLoad: bypassCsp });
    try {
      await opened.page.addScriptTag({ path: axePath });
      expect(await runAxe(opened.page)).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('gives every chart a data table for screen readers, with each value of the content', async () => {
    const opened = await openDeck(session, {});
    try {
      const tables = await opened.page.$$eval('figure.chart', (figures) =>
        figures.map((figure) => ({
          id: figure.id,
          label: figure.querySelector('canvas')?.getAttribute('aria-label') ?? '',
          rows: [...figure.querySelectorAll('table tbody tr')].map((row) => row.textContent ?? ''),
        })),
      );
      const charts = allSlides(deck).flatMap((slide) => slide.blocks.flatMap((block) => (block.type === 'chart' ? [block] : [])));
      expect(tables.map((table) => table.id)).toEqual(charts.map((chart) => chart.id));
      for (const [index, chart] of charts.entries()) {
        const table = tables[index];
        expect(table?.rows.length).toBe(chart.chart.items.length);
        for (const [row, item] of chart.chart.items.entries()) expect(table?.rows[row]).toContain(item.label);
        expect(table?.label.length).toBeGreaterThan(10);
      }
    } finally {
      await opened.page.close();
    }
  });

  it('reads in order: every slide puts its heading before its body', async () => {
    const opened = await openDeck(session, {});
    try {
      const orders = await opened.page.$$eval('.reveal .slides > section', (sections) =>
        sections.map((section) => {
          const heading = section.querySelector('h1, h2');
          const body = section.querySelector('.slide__body, .title-slide p:not(.title-slide__org)');
          return heading && body ? Boolean(heading.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) : heading !== null;
        }),
      );
      expect(orders.every(Boolean)).toBe(true);
    } finally {
      await opened.page.close();
    }
  });
});

describe('prefers-reduced-motion', () => {
  it('turns off slide transitions, fragment fades and chart animation', async () => {
    const opened = await openDeck(session, {
      beforeLoad: (page) => page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]),
    });
    try {
      const chartSlide = allSlides(deck).findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
      const fragmentSlide = allSlides(deck).findIndex((slide) => slide.fragments);
      const motion = await opened.page.evaluate(
        (chartIndex, fragmentIndex) => {
          const reveal = window.Reveal;
          if (!reveal) throw new Error('window.Reveal is missing');
          reveal.slide(chartIndex);
          // Without animation a chart is drawn at once, inside the same task as the slide change.
          const states = [...reveal.getCurrentSlide().querySelectorAll<HTMLCanvasElement>('canvas')].map(
            (canvas) => canvas.dataset.chartState,
          );
          reveal.slide(fragmentIndex);
          const fragment = reveal.getCurrentSlide().querySelector('.fragment');
          return {
            transition: reveal.getConfig().transition,
            states,
            slideTransition: getComputedStyle(reveal.getCurrentSlide()).transitionDuration,
            fragmentTransition: fragment ? getComputedStyle(fragment).transitionDuration : 'none',
          };
        },
        chartSlide,
        fragmentSlide,
      );
      expect(motion.transition).toBe('none');
      expect(motion.states.length).toBeGreaterThan(0);
      expect(motion.states.every((state) => state === 'drawn')).toBe(true);
      expect(motion.slideTransition.split(',').every((duration) => Number.parseFloat(duration) === 0)).toBe(true);
      expect(motion.fragmentTransition.split(',').every((duration) => Number.parseFloat(duration) === 0)).toBe(true);
    } finally {
      await opened.page.close();
    }
  });
});
