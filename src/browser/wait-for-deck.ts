import type { Page } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { commandMessage, type StuckDeck } from '../model/command-messages.ts';

export type DeckMode = 'screen' | 'print';

export interface WaitForDeckOptions {
  mode: DeckMode;
  timeoutMs: number;
}

/**
 * Waits for the deck's own ready signal (`data-deck-ready` on <html>). On a timeout the
 * error names the first slide whose charts never finished drawing.
 */
export async function waitForDeck(page: Page, options: WaitForDeckOptions): Promise<void> {
  try {
    await page.waitForFunction(
      (mode) => {
        const root = document.documentElement;
        return root.dataset.deckReady === mode || root.dataset.deckError !== undefined;
      },
      { timeout: options.timeoutMs, polling: 'mutation' },
      options.mode,
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    const stuck = await describeStuckSlide(page);
    throw new DeckError('timeout', commandMessage('deckNotReady', { seconds: options.timeoutMs / 1000, stuck }), { cause: error });
  }
  const failure = await page.evaluate(() => document.documentElement.dataset.deckError);
  if (failure !== undefined) throw new DeckError('browserCrashed', commandMessage('deckFailed', { detail: failure }));
}

/** Names what kept the deck from being ready: the first slide with an undrawn chart, or the page itself. */
export async function describeStuckSlide(page: Page): Promise<StuckDeck> {
  return page.evaluate((): StuckDeck => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides section[id]')];
    for (const [index, section] of sections.entries()) {
      const pending = [...section.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].filter(
        (canvas) => canvas.dataset.chartState !== 'drawn',
      );
      if (pending.length > 0) {
        const title = section.querySelector('h1, h2')?.textContent?.trim() ?? section.id;
        return { kind: 'slide', number: index + 1, title, pending: pending.length };
      }
    }
    return document.readyState === 'complete' ? { kind: 'notReady' } : { kind: 'notLoaded' };
  });
}
