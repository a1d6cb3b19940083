import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { offlineFile } from '../../src/site/build-site.ts';
import { shownCharacters } from '../../src/site/shown-characters.ts';
import { subsetFontMarker } from '../../src/site/subset-font-file.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { type ScratchDeck, scratchDeck } from '../helpers/scratch-deck.ts';
import { type DeckSession, openDeck, openSpeakerView, startDeckSession, withoutTransitions } from './support/deck-session.ts';
import { commandLine } from './support/processes.ts';

const run = promisify(execFile);

/** Vietnamese letters, from which the test takes one that the fixture deck does not use. */
const vietnameseLetters = 'ỹỸỵỴỷỶẵẴẳẲẫẪẩẨỡỠỗỖỳỲữỮửỬẽẼ';
/** Letters of the whole fonts that Vietnamese never uses, for a word shown only at run time. */
const foreignLetters = 'ðþÞÐÿåÅøØæÆ';

let deck: ScratchDeck;
let outDir: string;
let session: DeckSession;
/** The letter added to the deck, absent from the fixture deck as it is. */
let added: string;
/** A letter outside the cut fonts, shown only once the deck is running. */
let late: string;

beforeAll(async () => {
  const fixture = await loadDeckOrThrow(fixtureDecks.basic);
  const before = shownCharacters(fixture.deck, fixture.locale);
  added = [...vietnameseLetters].find((letter) => !before.includes(letter)) ?? '';
  late = [...foreignLetters].find((letter) => !before.includes(letter) && letter !== added) ?? '';
  expect(added, 'a Vietnamese letter the fixture deck lacks').not.toBe('');
  expect(late, 'a letter of the whole fonts the fixture deck lacks').not.toBe('');
  deck = await scratchDeck(fixtureDecks.basic);
  // Inside a word of a slide title: "Kế hoạch năm 2020" becomes "Kế hoạch mỹ năm 2020".
  await deck.edit('02-noi-dung.md', (text) => text.replace('## Kế hoạch năm 2020', `## Kế hoạch m${added} năm 2020`));
  outDir = await mkdtemp(path.join(tmpdir(), 'deck-fonts-'));
  await run(process.execPath, commandLine('src/cli/build.ts', ['--slides', deck.dir, '--out', outDir, '--no-og-image']), {
    env: { ...process.env, CI: '1' },
  });
  session = await startDeckSession({ distDir: outDir });
}, 120_000);

afterAll(async () => {
  await session?.close();
  await deck?.remove();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Each weight is a font of its own: "Be Vietnam Pro", "Be Vietnam Pro SemiBold". */
const isBeVietnamPro = (family: string): boolean => /^Be Vietnam Pro\b/.test(family);

/** The fonts Chromium drew an element's own text with, by family name (DevTools' CSS.getPlatformFontsForNode). */
async function platformFonts(page: Page, selector: string): Promise<{ family: string; glyphs: number }[][]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const result: { family: string; glyphs: number }[][] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      result.push(fonts.map((font) => ({ family: font.familyName, glyphs: font.glyphCount })));
    }
    return result;
  } finally {
    await cdp.detach();
  }
}

/** The font files the page fetched, by name. */
const fontRequests = (requests: readonly string[]): string[] =>
  requests.filter((url) => /\.woff2?(?:$|\?)/.test(url)).map((url) => path.posix.basename(new URL(url).pathname));

describe('fonts cut to the characters the deck shows', () => {
  it('draws a letter added to the deck in Be Vietnam Pro, from the cut fonts alone', async () => {
    const { page, requests } = await openDeck(session, { query: withoutTransitions });
    try {
      const index = await page.evaluate(
        (letter) => [...document.querySelectorAll('.reveal .slides > section')].findIndex((slide) => slide.textContent?.includes(letter)),
        added,
      );
      expect(index).toBeGreaterThan(0);
      await page.evaluate((slide) => window.Reveal?.slide(slide), index);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const heading = await page.$eval('.reveal .slides > section.present h2', (element) => element.textContent ?? '');
      expect(heading).toContain(`m${added}`);
      const [fonts] = await platformFonts(page, '.reveal .slides > section.present h2');
      expect(fonts?.length).toBeGreaterThan(0);
      expect(fonts?.filter((font) => !isBeVietnamPro(font.family))).toEqual([]);
      const fetched = fontRequests(requests);
      expect(fetched.length).toBeGreaterThan(0);
      expect(fetched.filter((file) => !file.includes(`-${subsetFontMarker}-`))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('sets every word of every slide in Be Vietnam Pro: no letter falls back to another font', async () => {
    const { page, requests } = await openDeck(session, { query: withoutTransitions });
    try {
      const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
      expect(total).toBeGreaterThan(1);
      const offenders: string[] = [];
      for (let index = 0; index < total; index++) {
        await page.evaluate((slide) => window.Reveal?.slide(slide), index);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        // Every element of the slide with a letter of its own (not only inside its children).
        const marked = await page.evaluate(() => {
          const elements = [...document.querySelectorAll('.reveal .slides > section.present *')].filter((element) =>
            [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /\p{L}/u.test(node.textContent ?? '')),
          );
          elements.forEach((element, position) => {
            element.setAttribute('data-font-check', String(position));
          });
          return elements.map((element) => element.textContent?.trim().slice(0, 40) ?? '');
        });
        expect(marked.length, `slide ${index + 1} has text`).toBeGreaterThan(0);
        const fonts = await platformFonts(page, '[data-font-check]');
        fonts.forEach((used, position) => {
          const others = used.filter((font) => !isBeVietnamPro(font.family));
          if (others.length > 0)
            offenders.push(`slide ${index + 1} "${marked[position]}": ${others.map((font) => font.family).join(', ')}`);
        });
        await page.evaluate(() => {
          for (const element of document.querySelectorAll('[data-font-check]')) element.removeAttribute('data-font-check');
        });
      }
      expect(offenders).toEqual([]);
      expect(fontRequests(requests).filter((file) => !file.includes(`-${subsetFontMarker}-`))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("sets the speaker console's words, notes and clock in Be Vietnam Pro, from the cut fonts alone", async () => {
    const { page } = await openDeck(session, { query: withoutTransitions });
    const speaker = await openSpeakerView(session.context, page);
    try {
      await speaker.waitForFunction(() => (document.querySelector('[data-part="notes"]')?.textContent?.trim() ?? '') !== '', {
        timeout: 15_000,
      });
      await speaker.evaluate(() => document.fonts.ready.then(() => undefined));
      const count = await speaker.evaluate(() => {
        const elements = [...document.body.querySelectorAll('*')].filter(
          (element) =>
            element.checkVisibility() &&
            [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(node.textContent ?? '')),
        );
        for (const element of elements) element.setAttribute('data-font-check', '');
        return elements.length;
      });
      expect(count).toBeGreaterThan(3);
      const fonts = await platformFonts(speaker, '[data-font-check]');
      expect(fonts.flat().filter((font) => !isBeVietnamPro(font.family))).toEqual([]);
      const fetched = await speaker.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => url.endsWith('.woff2')),
      );
      expect(fetched.length).toBeGreaterThan(0);
      expect(fetched.filter((url) => !url.includes(`-${subsetFontMarker}-`))).toEqual([]);
    } finally {
      await speaker.close();
      await page.close();
    }
  });

  it('draws a word shown only at run time in Be Vietnam Pro too, even with a letter the cut fonts lack', async () => {
    const { page, requests } = await openDeck(session, { query: withoutTransitions });
    try {
      await page.evaluate((letter) => {
        const word = document.createElement('p');
        word.id = 'late-word';
        word.textContent = `Ph${letter}ng`;
        document.querySelector('.reveal .slides > section.present')?.append(word);
      }, late);
      await page.waitForFunction(() => document.fonts.status === 'loaded' && document.getElementById('late-word')?.offsetWidth);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const [fonts] = await platformFonts(page, '#late-word');
      expect(fonts?.length).toBeGreaterThan(0);
      expect(fonts?.filter((font) => !isBeVietnamPro(font.family))).toEqual([]);
      // The letter came from a whole font, fetched for it alone.
      expect(fontRequests(requests).some((file) => !file.includes(`-${subsetFontMarker}-`))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('ships the cut fonts only in the offline file, and whole fonts beside the cut ones in the site', async () => {
    const offline = await readFile(path.join(outDir, offlineFile), 'utf8');
    const inlined = [...offline.matchAll(/url\(["']?data:font\/woff2;base64,/g)];
    const site = (await readdir(path.join(outDir, 'assets'))).filter((file) => file.endsWith('.woff2'));
    const cut = site.filter((file) => file.includes(`-${subsetFontMarker}-`));
    expect(cut.length).toBeGreaterThan(0);
    expect(inlined.length).toBe(cut.length);
    expect(site.length).toBe(cut.length * 2);
  });
});
