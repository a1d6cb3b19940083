import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import {
  type DeckSession,
  openDeck,
  openSpeakerView,
  slideFileName,
  startDeckSession,
  waitForSpeakerView,
  withoutTransitions,
} from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { measureSlide, minimumChartInk } from './support/layout-rules.ts';

const screenshotDir = 'tests/artifacts/screens';

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

/** The fragments each slide reveals one at a time: its list items, when the slide has fragments. */
const fragmentsOf = (slide: Slide): number =>
  slide.fragments ? slide.blocks.reduce((count, block) => count + (block.type === 'list' ? block.items.length : 0), 0) : 0;

describe('the fixture deck, built, in Chromium at 1920×1080', () => {
  it('becomes ready without a console error or a request to another host', async () => {
    const { page, errors, requests } = await openDeck(session, { query: withoutTransitions });
    try {
      expect(await page.evaluate(() => document.documentElement.dataset.deckReady)).toBe('screen');
      // Nothing keeps moving: no bouncing arrow to distract the room, and no frames drawn for nothing.
      const animations = await page.evaluate(() =>
        document
          .getAnimations()
          .filter((animation) => animation instanceof CSSAnimation)
          .map((animation) => (animation as CSSAnimation).animationName),
      );
      expect(animations).toEqual([]);
      expect(errors).toEqual([]);
      const origin = new URL(session.server.url).origin;
      expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('has one slide per slide of the content model, each with its own notes', async () => {
    const { page } = await openDeck(session, { query: withoutTransitions });
    try {
      const shown = await page.$$eval('.reveal .slides > section', (sections) =>
        sections.map((section) => ({
          id: section.id,
          // Kept ranges (a figure with its unit, a name) are joined by no-break spaces in the page.
          notes: [...section.querySelectorAll('aside.notes p')].map((paragraph) => (paragraph.textContent ?? '').replaceAll('\u00a0', ' ')),
        })),
      );
      expect(shown).toEqual(slides.map((slide) => ({ id: slide.id, notes: slide.notes })));
      expect(await page.evaluate(() => window.Reveal?.getTotalSlides())).toBe(slides.length);
    } finally {
      await page.close();
    }
  });

  it('goes through every slide, and every fragment one at a time, with the keyboard', async () => {
    const { page } = await openDeck(session, { query: withoutTransitions });
    try {
      const expected = slides.flatMap((slide, index) =>
        Array.from({ length: fragmentsOf(slide) + 1 }, (_step, shownFragments) => `${index}:${shownFragments}`),
      );
      expect(expected.length).toBeGreaterThan(slides.length);
      await page.focus('body');
      const visited: string[] = [];
      for (let press = 0; press <= expected.length; press++) {
        const { h, shown, isLast, left } = await page.evaluate(() => {
          const reveal = window.Reveal;
          const slide = reveal?.getCurrentSlide();
          return {
            h: reveal?.getIndices().h ?? -1,
            shown: slide?.querySelectorAll('.fragment.visible').length ?? 0,
            isLast: reveal?.isLastSlide() ?? false,
            left: slide?.querySelectorAll('.fragment:not(.visible)').length ?? 0,
          };
        });
        visited.push(`${h}:${shown}`);
        if (isLast && left === 0) break;
        await page.keyboard.press('ArrowRight');
      }
      expect(visited).toEqual(expected);
      await page.keyboard.press('Home');
      expect(await page.evaluate(() => window.Reveal?.getIndices().h)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('follows a deep link to a slide by its id', async () => {
    const target = slides[3];
    if (!target) throw new Error('the fixture deck needs four slides');
    const { page } = await openDeck(session, { hash: `#/${target.id}` });
    try {
      expect(await page.evaluate(() => window.Reveal?.getCurrentSlide().id)).toBe(target.id);
    } finally {
      await page.close();
    }
  });

  it('draws every chart once its slide is shown, and no slide overflows its box', async () => {
    const { page } = await openDeck(session, { query: withoutTransitions });
    try {
      const charts = slides.flatMap((slide) => slide.blocks.filter((block) => block.type === 'chart'));
      expect(charts.length).toBeGreaterThan(0);
      let drawn = 0;
      for (const [index] of slides.entries()) {
        const fit = await measureSlide(page, index);
        expect(fit.overflowing, fit.id).toEqual([]);
        for (const ink of fit.inkByCanvas) expect(ink, `${fit.id} chart ink`).toBeGreaterThan(minimumChartInk);
        drawn += fit.inkByCanvas.length;
        await page.screenshot({ path: `${screenshotDir}/fixture-desktop-${slideFileName(index)}.png` });
      }
      expect(drawn).toBe(charts.length);
    } finally {
      await page.close();
    }
  });

  it('opens the speaker console on S with the notes, the current and the next slide, and a clock, and follows the deck', async () => {
    // Three slides in a row without fragments, so that "next" is always the next slide.
    const start = slides.findIndex(
      (_slide, index) => index > 0 && slides.slice(index, index + 3).filter((slide) => !slide.fragments).length === 3,
    );
    const [current, next, after] = [slides[start], slides[start + 1], slides[start + 2]];
    if (!current || !next || !after) throw new Error('the fixture deck needs three slides in a row without fragments');
    const { page } = await openDeck(session, { hash: `#/${current.id}` });
    const speaker = await openSpeakerView(session.context, page);
    const press = async (key: 'ArrowRight' | 'ArrowLeft'): Promise<void> => {
      await page.bringToFront();
      await page.focus('body');
      await page.keyboard.press(key);
    };
    try {
      await waitForSpeakerView(speaker, { notes: current.notes, current: current.id, upcoming: next.id });
      expect(await speaker.$eval('[data-part="clock"]', (clock) => clock.textContent?.trim())).toMatch(/\d+:\d+/);
      expect(await speaker.$eval('[data-part="elapsed"]', (elapsed) => elapsed.textContent?.trim())).toMatch(/\d+:\d+/);
      // The slide on screen is the large preview, the next step the small one, on a laptop's screen.
      await speaker.setViewport({ width: 1440, height: 900 });
      const widthOf = (part: string): Promise<number> =>
        speaker.$eval(`[data-part="${part}"] iframe`, (frame) => frame.getBoundingClientRect().width);
      const [currentWidth, nextWidth] = [await widthOf('current-frame'), await widthOf('next-frame')];
      expect(currentWidth).toBeGreaterThan(1.3 * nextWidth);
      expect(currentWidth).toBeGreaterThan(600);
      // The presenter moves on in the deck, and back: the notes and both previews follow.
      await press('ArrowRight');
      await waitForSpeakerView(speaker, { notes: next.notes, current: next.id, upcoming: after.id });
      await press('ArrowLeft');
      await waitForSpeakerView(speaker, { notes: current.notes, current: current.id, upcoming: next.id });
    } finally {
      await speaker.close();
      await page.close();
    }
  });
});
