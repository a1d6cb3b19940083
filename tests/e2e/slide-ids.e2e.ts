import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/launch-browser.ts';
import { type DistServer, serveDist } from '../../src/browser/serve-dist.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { allSlides, type Slide } from '../../src/model/deck.ts';
import { reservedPageIds } from '../../src/model/page-ids.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';

describe('slide ids as deep links', () => {
  let work: string;
  let server: DistServer;
  let browser: Browser;
  let slides: Slide[];

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'deck-ids-'));
    const distDir = path.join(work, 'dist');
    await buildSite({
      root: process.cwd(),
      slidesDir: fixtureDecks.ids,
      outDir: distDir,
      progress: { step() {}, done() {} },
      ogImage: false,
    });
    slides = allSlides(await loadDeckOrThrow(fixtureDecks.ids));
    server = await serveDist({ distDir });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('are never only digits and never a reserved id', () => {
    expect(slides.map((slide) => slide.title)).toEqual(expect.arrayContaining(['2016', '1', 'Speaker layout']));
    for (const slide of slides) {
      expect(slide.id).not.toMatch(/^\d+$/);
      expect(reservedPageIds).not.toContain(slide.id);
    }
  });

  it('are unique among every element id of the page', async () => {
    const page = await browser.newPage();
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
    const page = await browser.newPage();
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
