import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePolicy } from '../../src/base/security-headers.ts';
import { launchBrowser } from '../../src/browser/chromium.ts';
import { type DistServer, serveDist } from '../../src/browser/serve-dist.ts';

/**
 * The site's servers send the Content-Security-Policy as a header too, with frame-ancestors 'self'
 * (which a <meta> tag cannot carry), and X-Content-Type-Options: nosniff; the files the build writes
 * for static hosts say the same.
 */
let indexPolicy: string;
let offlinePolicy: string;
let asset: string;

beforeAll(async () => {
  indexPolicy = pagePolicy(await readFile('dist/index.html', 'utf8')) ?? '';
  offlinePolicy = pagePolicy(await readFile('dist/offline.html', 'utf8')) ?? '';
  asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(await readFile('dist/index.html', 'utf8'))?.[1] ?? '';
  expect(indexPolicy).toMatch(/^default-src 'self'/);
  expect(offlinePolicy).toMatch(/^default-src 'none'/);
  expect(asset).not.toBe('');
});

async function expectServedHeaders(base: string): Promise<void> {
  for (const [route, policy] of [
    ['', indexPolicy],
    ['index.html', indexPolicy],
    ['offline.html', offlinePolicy],
  ] as const) {
    const response = await fetch(`${base}${route}`);
    expect(response.status, route).toBe(200);
    expect(response.headers.get('content-security-policy'), route).toBe(`${policy}; frame-ancestors 'self'`);
    expect(response.headers.get('x-content-type-options'), route).toBe('nosniff');
  }
  const script = await fetch(`${base}${asset}`);
  expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  expect(script.headers.get('content-security-policy')).toBeNull();
}

describe('the exporters’ server', () => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist({ distDir: 'dist', basePath: '/decks/2016/' });
  });
  afterAll(() => server.close());

  it('sends each page’s policy as a header with frame-ancestors, and nosniff with every file', async () => {
    await expectServedHeaders(server.url);
  });

  it('still shows the deck in the speaker view’s frames under that header', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForSelector('html[data-deck-ready="screen"]');
      const popup = new Promise<Page | null>((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
      await page.focus('body');
      await page.keyboard.press('s');
      const speaker = await popup;
      if (!speaker) throw new Error('the speaker view did not open');
      // The current and the next slide: two frames of the deck, each showing it. A refused frame
      // would hold the browser's error page, which the speaker view cannot read.
      const shown = await speaker.waitForFunction(
        () => {
          const frames = [...document.querySelectorAll('iframe')];
          return frames.length >= 2 && frames.every((frame) => frame.contentDocument?.querySelector('.reveal .slides section'));
        },
        { timeout: 15_000 },
      );
      expect(await shown.jsonValue()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

describe('npm run preview', () => {
  let close: () => Promise<void>;
  let base: string;
  beforeAll(async () => {
    const server = await preview({ configFile: path.resolve('vite.config.ts'), logLevel: 'silent', preview: { port: 0, open: false } });
    base = server.resolvedUrls?.local[0] ?? '';
    close = () => server.close();
  });
  afterAll(() => close?.());

  it('sends the same headers', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await expectServedHeaders(base);
  });
});

describe('the headers files for static hosts in dist/', () => {
  it('say the same as the pages themselves', async () => {
    const netlify = await readFile('dist/_headers', 'utf8');
    expect(netlify).toContain(`/index.html\n  Content-Security-Policy: ${indexPolicy}; frame-ancestors 'self'\n`);
    expect(netlify).toContain(`/offline.html\n  Content-Security-Policy: ${offlinePolicy}; frame-ancestors 'self'\n`);
    expect(netlify).toContain('/*\n  X-Content-Type-Options: nosniff\n');
    const apache = await readFile('dist/.htaccess', 'utf8');
    expect(apache).toContain(`Header always set Content-Security-Policy "${indexPolicy}; frame-ancestors 'self'"`);
    expect(apache).toContain(`Header always set Content-Security-Policy "${offlinePolicy}; frame-ancestors 'self'"`);
  });
});
