import type { Page } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { commandMessage } from '../model/command-messages.ts';
import { allSlides, type Deck } from '../model/deck.ts';

/** How many charts the model puts on a slide, to check the page against. */
export interface SlideCharts {
  /** 1-based, as the audience counts. */
  number: number;
  id: string;
  title: string;
  charts: number;
}

/** The slides that carry charts, from the model the build used. */
export function slidesWithCharts(deck: Deck): SlideCharts[] {
  return allSlides(deck)
    .map((slide) => ({
      number: slide.number,
      id: slide.id,
      title: slide.title,
      charts: slide.blocks.filter((block) => block.type === 'chart').length,
    }))
    .filter((slide) => slide.charts > 0);
}

/**
 * Checks that every copy of each slide on the page (the print view repeats a slide per fragment
 * step) has all the charts the model gives it, drawn. The ready signal only waits for the canvases
 * that are there; this catches the ones that are not, so an empty chart is never printed.
 * Fails (exit 70) naming the first slide that falls short.
 */
export async function checkChartsDrawn(page: Page, slides: readonly SlideCharts[]): Promise<void> {
  const counts = await page.evaluate(
    (ids) =>
      ids.map((id) =>
        [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')]
          .filter((section) => section.id === id)
          .map((section) => section.querySelectorAll('canvas[data-chart][data-chart-state="drawn"]').length),
      ),
    slides.map((slide) => slide.id),
  );
  for (const [index, slide] of slides.entries()) {
    const copies = counts[index] ?? [];
    const drawn = copies.length > 0 ? Math.min(...copies) : 0;
    if (drawn >= slide.charts) continue;
    throw new DeckError(
      'browserCrashed',
      commandMessage('chartsMissing', {
        slide: slide.number,
        title: slide.title,
        drawn,
        charts: slide.charts,
        slideMissing: copies.length === 0,
      }),
    );
  }
}
