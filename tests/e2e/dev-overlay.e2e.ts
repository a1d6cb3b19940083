import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'puppeteer';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { waitForDeckReady } from './support/deck-session.ts';
import { createDevServer } from './support/dev-server.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

describe('the dev server, on a copy of the fixture deck', () => {
  let slidesDir: string;
  let server: ViteDevServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    slidesDir = await mkdtemp(path.join(tmpdir(), 'deck-dev-'));
    await cp(fixtureDecks.basic, slidesDir, { recursive: true });
    server = await createDevServer('dev-overlay', slidesDir);
    await server.listen();
    browser = await connectSharedBrowser();
    context = await browser.createBrowserContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.disconnect();
    await server?.close();
    await rm(slidesDir, { recursive: true, force: true });
  });

  it('answers a malformed address with an error page and keeps running', async () => {
    const local = server.resolvedUrls?.local[0] ?? '';
    const bad = await fetch(new URL('data/%E0%A4%A.csv', local));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/^địa chỉ sai/);
    // The same server still serves the deck and the charts' data.
    const csv = await fetch(new URL('data/04-xu-ly-vu-viec.csv', local));
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Nhóm A');
    expect((await fetch(local)).status).toBe(200);
  });

  it('reloads on a content edit and shows a content error in its overlay, at its file, line and field', async () => {
    const page = await context.newPage();
    try {
      await page.goto(server.resolvedUrls?.local[0] ?? '', { waitUntil: 'load' });
      await waitForDeckReady(page);

      // The dev server watches a content folder outside the project once its watcher has read it;
      // an edit made before then would never be seen.
      await vi.waitFor(
        () => {
          if (!server.watcher.getWatched()[slidesDir]?.includes('03-so-lieu.md')) throw new Error('the content folder is not watched yet');
        },
        { timeout: 20_000, interval: 50 },
      );
      const file = path.join(slidesDir, '03-so-lieu.md');
      const text = await readFile(file, 'utf8');
      const valueLine = text.split('\n').findIndex((row) => /^\s+value: \d+$/.test(row));
      const lines = text.split('\n');
      lines[valueLine] = lines[valueLine]?.replace(/value: \d+/, 'value: "12k"') ?? '';
      await writeFile(file, lines.join('\n'));

      await page.waitForSelector('vite-error-overlay', { timeout: 20_000 });
      const overlay = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
      expect(overlay).toContain(`03-so-lieu.md:${valueLine + 1} chart.items[1].value (Nhóm A): cần một con số, nhưng đang ghi «12k»`);
    } finally {
      await page.close();
    }
  });
});
