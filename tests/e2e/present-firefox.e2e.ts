import { existsSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPuppeteer } from '../../src/browser/load-puppeteer.ts';
import { type PresentServer, startPresentServer } from '../../src/present/present-server.ts';
import { createPresentToken } from '../../src/present/present-token.ts';
import { isSetInDeckFont } from './support/deck-font.ts';

/** Firefox is not a dependency: the check runs where a Firefox is installed (Debian: apt-get install firefox-esr). */
const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((file) => existsSync(file));
if (!firefox) console.warn('present-firefox.e2e.ts: no Firefox installed, the Firefox check of the speaker console is skipped');

describe.skipIf(!firefox)('the speaker console and the remote in Firefox', () => {
  let browser: Browser;
  let server: PresentServer;

  beforeAll(async () => {
    server = await startPresentServer({ distDir: 'dist', host: '127.0.0.1', port: 0, token: createPresentToken() });
    browser = await loadPuppeteer().launch({ browser: 'firefox', executablePath: firefox, headless: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (url: string, width: number, height: number): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.goto(url);
    await page.waitForSelector('[data-link-status="connected"]', { timeout: 20_000 });
    return page;
  };

  it('speaks Vietnamese in the deck font, and the remote moves the talk', async () => {
    const consolePage = await open(server.addresses.console, 1280, 800);
    const remote = await open(server.addresses.remote, 390, 844);
    const english =
      /\b(upcoming|notes?|time|click|reset|layout|speaker|view|next|previous|pause|slide|elapsed|clock|pacing|loading|remote|start|stop|black|screen|scan|ahead|behind|plan)\b/i;
    for (const page of [consolePage, remote]) {
      const texts = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          if (text && !node.parentElement?.closest('[data-part="notes"], template')) found.push(text);
        }
        return found;
      });
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.filter((text) => english.test(text))).toEqual([]);
      const fonts = await page.evaluate(() =>
        [...document.querySelectorAll('.speaker-label, .speaker-button, .speaker-script')].map(
          (element) => getComputedStyle(element).fontFamily,
        ),
      );
      expect(fonts.length).toBeGreaterThan(3);
      for (const font of fonts) expect(font.startsWith('"Be Vietnam Pro"')).toBe(true);
      expect(await isSetInDeckFont(page, '600', 'Lời thuyết trình')).toBe(true);
    }
    await remote.click('[data-action="next"]');
    await consolePage.waitForSelector('[data-view="console"][data-talk-position="1.-1"]', { timeout: 10_000 });
    expect(server.hub.state().position).toEqual({ h: 1, f: -1 });
  });
});
