import type { Page } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { commandMessage } from '../model/command-messages.ts';

/** Shows slide `index` with all its fragments and waits until its charts have finished drawing. */
export async function showWholeSlide(page: Page, index: number, timeoutMs: number): Promise<void> {
  await page.evaluate((slideIndex) => {
    const deck = window.Reveal;
    if (!deck) throw new Error('window.Reveal is missing');
    deck.slide(slideIndex);
    while (deck.nextFragment()) {
      // every fragment visible: an image shows the slide whole
    }
  }, index);
  try {
    await page.waitForFunction(
      () => {
        const slide = window.Reveal?.getCurrentSlide();
        return slide
          ? [...slide.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].every((canvas) => canvas.dataset.chartState === 'drawn')
          : false;
      },
      { timeout: timeoutMs, polling: 'mutation' },
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    throw new DeckError('timeout', commandMessage('slideChartsTimeout', { slide: index + 1, seconds: timeoutMs / 1000 }), { cause: error });
  }
  // Fragments fade in with a CSS transition; the picture is taken once it has ended.
  // Only the slide's own transitions: others on the page (controls, progress bar) do not matter.
  await page.evaluate(() =>
    Promise.all(
      (window.Reveal?.getCurrentSlide().getAnimations({ subtree: true }) ?? [])
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ).then(() => undefined),
  );
}
