import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import {
  cspViolations,
  type DeckSession,
  type OpenedDeck,
  openDeck,
  openSpeakerView,
  recordCspViolations,
  startDeckSession,
  waitForSpeakerView,
  withoutTransitions,
} from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';

const basePath = '/decks/2020/';

let session: DeckSession;
let deck: Deck;
let opened: OpenedDeck;

beforeAll(async () => {
  deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
  session = await startDeckSession({ distDir: fixtureBuilds.basic, basePath });
  opened = await openDeck(session, { query: withoutTransitions, beforeLoad: recordCspViolations });
});

afterAll(async () => {
  await session?.close();
});

function pngSize(data: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(data);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

async function metaContent(page: Page, selector: string): Promise<string | null> {
  return page.$eval(selector, (element) => element.getAttribute('content')).catch(() => null);
}

describe(`the fixture deck's built site, served under a subpath, ${basePath}`, () => {
  it('loads every file from under the subpath, asks no other host, and breaks no Content-Security-Policy rule', async () => {
    const origin = new URL(session.server.url).origin;
    expect(opened.requests.length).toBeGreaterThan(3);
    expect(opened.requests.filter((url) => !url.startsWith(`${origin}${basePath}`) && !url.startsWith('data:'))).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(await cspViolations(opened.page)).toEqual([]);
    const fonts = await opened.page.evaluate(() =>
      [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family),
    );
    expect(fonts.length).toBeGreaterThan(0);
  });

  it('restricts scripts and styles to the site itself with a Content-Security-Policy', async () => {
    const policy = await metaContent(opened.page, 'meta[http-equiv="Content-Security-Policy"]');
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
        .map(([name, ...sources]) => [name, sources]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      const sources = directives.get(name) ?? [];
      expect(sources[0]).toBe("'self'");
      expect(sources.filter((source) => source !== "'self'" && source !== "'unsafe-hashes'" && !source.startsWith("'sha256-"))).toEqual([]);
    }
    // Proof that it is enforced: an injected inline script does not run.
    const ran = await opened.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
  });

  it('has a title, a description, lang="vi", a favicon, and Open Graph and Twitter meta from the content', async () => {
    const { page } = opened;
    expect(await page.title()).toBe(deck.meta.title);
    expect(await page.$eval('html', (html) => html.lang)).toBe('vi');
    expect(await metaContent(page, 'meta[name="description"]')).toBe(deck.meta.description);
    expect(await metaContent(page, 'meta[property="og:title"]')).toBe(deck.meta.title);
    expect(await metaContent(page, 'meta[property="og:description"]')).toBe(deck.meta.description);
    expect(await metaContent(page, 'meta[property="og:type"]')).toBe('website');
    expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await metaContent(page, 'meta[name="twitter:title"]')).toBe(deck.meta.title);
    const image = await metaContent(page, 'meta[property="og:image"]');
    expect(await metaContent(page, 'meta[name="twitter:image"]')).toBe(image);
    const icon = await page.$eval('link[rel="icon"]', (link) => (link as HTMLLinkElement).href);

    for (const url of [new URL(image ?? '', page.url()).href, icon]) {
      expect(url.startsWith(`${new URL(session.server.url).origin}${basePath}`), url).toBe(true);
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
    }
    const png = new Uint8Array(await (await fetch(new URL(image ?? '', page.url()))).arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(png).equals(await readFile(path.join(fixtureBuilds.basic, 'og-image.png')))).toBe(true);
  });

  it('follows deep links, and the back and forward buttons go between them', async () => {
    const slides = allSlides(deck);
    const [first, second, third] = [slides[2], slides[5], slides[6]];
    if (!first || !second || !third || second.fragments)
      throw new Error('the fixture deck needs seven slides, the sixth without fragments');
    const page = (await openDeck(session, { hash: `#/${first.id}` })).page;
    try {
      const current = () => page.evaluate(() => window.Reveal?.getCurrentSlide().id);
      expect(await current()).toBe(first.id);
      await page.goto(`${session.server.url}#/${second.id}`);
      await page.waitForFunction((id) => window.Reveal?.getCurrentSlide().id === id, { timeout: 5_000 }, second.id);
      await page.goBack();
      await page.waitForFunction((id) => window.Reveal?.getCurrentSlide().id === id, { timeout: 5_000 }, first.id);
      await page.goForward();
      await page.waitForFunction((id) => window.Reveal?.getCurrentSlide().id === id, { timeout: 5_000 }, second.id);
      // Moving on with the keyboard shows the next slide and keeps the address on it.
      await page.focus('body');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (id) => window.Reveal?.getCurrentSlide().id === id && window.location.hash === `#/${id}`,
        { timeout: 5_000 },
        third.id,
      );
    } finally {
      await page.close();
    }
  });

  it('opens the speaker console under the policy, with the notes and both previews, and without a violation', async () => {
    const slides = allSlides(deck);
    const [current, next, after] = [slides[1], slides[2], slides[3]];
    if (!current || !next || !after || next.fragments) throw new Error('the fixture deck needs four slides, the third without fragments');
    const { page } = await openDeck(session, { hash: `#/${current.id}`, beforeLoad: recordCspViolations });
    const speaker = await openSpeakerView(session.context, page);
    try {
      const violations: string[] = [];
      speaker.on('console', (message) => {
        if (message.type() === 'error') violations.push(message.text());
      });
      await waitForSpeakerView(speaker, { notes: current.notes, current: current.id, upcoming: next.id });
      await page.bringToFront();
      await page.focus('body');
      await page.keyboard.press('ArrowRight');
      await waitForSpeakerView(speaker, { notes: next.notes, current: next.id, upcoming: after.id });
      // The console is the site's own page: no inline code, and no socket outside `npm run present`.
      expect(await speaker.$$eval('script:not([src])', (scripts) => scripts.length)).toBe(0);
      expect(await speaker.$('meta[name="deck-presenting"]')).toBeNull();
      expect(violations.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await speaker.close();
      await page.close();
    }
  });
});
