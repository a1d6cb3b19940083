import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { type DeckSession, type OpenedDeck, openDeck, showSlide, slideFileName, startDeckSession } from './support/deck-session.ts';

const screenshotDir = 'tests/artifacts/screens';

let session: DeckSession;
let deck: Deck;
let opened: OpenedDeck;

beforeAll(async () => {
  deck = await loadDeckOrThrow('slides');
  session = await startDeckSession();
  opened = await openDeck(session, { query: 'transition=none' });
  await mkdir(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await session?.close();
});

describe('the built deck in Chromium at 1920×1080', () => {
  it('becomes ready without a console error or a request to another host', async () => {
    expect(await opened.page.evaluate(() => document.documentElement.dataset.deckReady)).toBe('screen');
    expect(opened.errors).toEqual([]);
    const origin = new URL(session.server.url).origin;
    expect(opened.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  });

  it('has one slide per slide of the content model, each with notes', async () => {
    const slides = await opened.page.$$eval('.reveal .slides > section', (sections) =>
      sections.map((section) => ({ id: section.id, notes: section.querySelector('aside.notes')?.textContent?.trim() ?? '' })),
    );
    expect(slides.map((slide) => slide.id)).toEqual(allSlides(deck).map((slide) => slide.id));
    for (const slide of slides) expect(slide.notes.length, slide.id).toBeGreaterThan(40);
    expect(await opened.page.evaluate(() => window.Reveal?.getTotalSlides())).toBe(allSlides(deck).length);
  });

  it('goes through every slide and fragment with the keyboard', async () => {
    const { page } = opened;
    await page.evaluate(() => window.Reveal?.slide(0));
    await page.focus('body');
    const visited: number[] = [];
    const total = allSlides(deck).length;
    for (let press = 0; press < total * 6; press++) {
      const { h, isLast, fragmentsLeft } = await page.evaluate(() => {
        const reveal = window.Reveal;
        const slide = reveal?.getCurrentSlide();
        return {
          h: reveal?.getIndices().h ?? -1,
          isLast: reveal?.isLastSlide() ?? false,
          fragmentsLeft: slide?.querySelectorAll('.fragment:not(.visible)').length ?? 0,
        };
      });
      if (visited.at(-1) !== h) visited.push(h);
      if (isLast && fragmentsLeft === 0) break;
      await page.keyboard.press('ArrowRight');
    }
    expect(visited).toEqual(allSlides(deck).map((_slide, index) => index));
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => window.Reveal?.getIndices().h)).toBe(0);
  });

  it('follows a deep link to a slide by its id', async () => {
    const target = allSlides(deck)[3];
    const linked = await openDeck(session, { hash: `#/${target?.id}` });
    try {
      expect(await linked.page.evaluate(() => window.Reveal?.getCurrentSlide().id)).toBe(target?.id);
    } finally {
      await linked.page.close();
    }
  });

  it('draws every chart once its slide is shown, and no slide overflows its box', async () => {
    const { page } = opened;
    // Other tests opened pages of their own; a background tab would not run its transitions.
    await page.bringToFront();
    const chartSlides = allSlides(deck).filter((slide) => slide.blocks.some((block) => block.type === 'chart'));
    expect(chartSlides.length).toBeGreaterThanOrEqual(5);
    for (const [index] of allSlides(deck).entries()) {
      await showSlide(page, index);
      const report = await page.evaluate(() => {
        const slide = window.Reveal?.getCurrentSlide();
        if (!slide) throw new Error('no current slide');
        const box = slide.getBoundingClientRect();
        const overflowing = [...slide.querySelectorAll<HTMLElement>('*')]
          .filter((element) => !element.closest('aside.notes, .sr-only'))
          .filter((element) => {
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 && rect.height === 0) return false;
            return rect.right > box.right + 1 || rect.bottom > box.bottom + 1 || rect.left < box.left - 1 || rect.top < box.top - 1;
          })
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
        const inkByCanvas = [...slide.querySelectorAll('canvas')].map((canvas) => {
          const context = canvas.getContext('2d');
          if (!context) return 0;
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          let inked = 0;
          for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 0) inked++;
          return inked / (canvas.width * canvas.height);
        });
        return { id: slide.id, overflowing, inkByCanvas };
      });
      expect(report.overflowing, report.id).toEqual([]);
      for (const ink of report.inkByCanvas) expect(ink, `${report.id} chart ink`).toBeGreaterThan(0.02);
      await page.screenshot({ path: `${screenshotDir}/desktop-${slideFileName(index)}.png` });
    }
  });

  it('opens the speaker console with the notes, the next slide and a timer on S', async () => {
    const { page } = opened;
    await page.evaluate(() => window.Reveal?.slide(1));
    const popup = new Promise<import('puppeteer').Page | null>((resolve) => {
      session.browser.once('targetcreated', (target) => resolve(target.page()));
    });
    await page.focus('body');
    await page.keyboard.press('s');
    const speaker = await popup;
    if (!speaker) throw new Error('the speaker view did not open');
    try {
      const notes = allSlides(deck)[1]?.notes[0] ?? '';
      await speaker.waitForFunction(
        (expected) => document.querySelector('[data-part="notes"]')?.textContent?.includes(expected) ?? false,
        { timeout: 15_000 },
        notes.slice(0, 40),
      );
      expect(await speaker.$('[data-part="elapsed"]')).not.toBeNull();
      expect(await speaker.$('[data-part="next-frame"] iframe')).not.toBeNull();
    } finally {
      await speaker.close();
    }
  });
});
