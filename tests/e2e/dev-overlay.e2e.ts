import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/launch-browser.ts';
import { siteViteConfig } from '../../src/site/vite-config.ts';

describe('the dev server', () => {
  let slidesDir: string;
  let server: ViteDevServer;
  let browser: Browser;

  beforeAll(async () => {
    slidesDir = await mkdtemp(path.join(tmpdir(), 'deck-dev-'));
    await cp('slides', slidesDir, { recursive: true });
    server = await createServer({
      ...siteViteConfig({ slidesDir }),
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(slidesDir, { recursive: true, force: true });
  });

  it('reloads on a content edit and shows a content error in its overlay', async () => {
    const page = await browser.newPage();
    const url = server.resolvedUrls?.local[0] ?? '';
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-deck-ready]', { timeout: 20_000 });

    const file = path.join(slidesDir, '04-ket-qua.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('value: 159', 'value: "12k"'));

    await page.waitForSelector('vite-error-overlay', { timeout: 20_000 });
    const overlay = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    const line = text.split('\n').findIndex((row) => row.includes('value: 159')) + 1;
    expect(overlay).toContain(`04-ket-qua.md:${line} chart.items[1].value (Số vụ): expected a number, got "12k"`);
  });
});
