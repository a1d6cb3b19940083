import type { Browser, BrowserContext } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DistServer, serveDist } from '../../src/browser/serve-dist.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { allSlides, type Slide } from '../../src/model/deck.ts';
import { reservedPageIds } from '../../src/model/page-ids.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

describe('slide ids as deep links', () => {
  let server: DistServer;
  let browser: Browser;
  let context: BrowserContext;
  let slides: Slide[];

  beforeAll(async () => {
    slides = allSlides((await loadDeckOrThrow(fixtureDecks.ids)).deck);
    server = await serveDist({ distDir: fixtureBuilds.ids });
    browser = await connectSharedBrowser();
    context = await browser.createBrowserContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.disconnect();
    await server?.close();
  });

  it('are never only digits and never a reserved id', () => {
    expect(slides.map((slide) => slide.title)).toEqual(expect.arrayContaining(['2016', '1', 'Speaker layout']));
    for (const slide of slides) {
      expect(slide.id).not.toMatch(/^\d+$/);
      expect(reservedPageIds).not.toContain(slide.id);
    }
  });

  it('are unique among every element id of the page', async () => {
    const page = await context.newPage();
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForSelector('html[data-deck-ready]', { timeout: 20_000 });
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
      expect(ids).toEqual(expect.arrayContaining(slides.map((slide) => slide.id)));
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('each open their own slide', async () => {
    const page = await context.newPage();
    try {
      for (const slide of slides) {
        await page.goto(`${server.url}#/${slide.id}`, { waitUntil: 'load' });
        await page.waitForSelector('html[data-deck-ready]', { timeout: 20_000 });
        expect(await page.evaluate(() => window.Reveal?.getCurrentSlide()?.id), slide.title).toBe(slide.id);
        // A fresh document for the next link: a hash change alone would not reload.
        await page.goto('about:blank');
      }
    } finally {
      await page.close();
    }
  });
});
