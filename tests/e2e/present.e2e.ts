import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { launchBrowser } from '../../src/browser/chromium.ts';
import { type PresentServer, startPresentServer } from '../../src/present/present-server.ts';
import { createPresentToken } from '../../src/present/present-token.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { closeCodes, talkSocketPath } from '../../src/talk/protocol.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { isSetInDeckFont } from './support/deck-font.ts';
import { startTcpProxy } from './support/tcp-proxy.ts';

const screenshotDir = 'tests/artifacts/screens';
const quiet = { step: () => undefined, done: () => undefined };

/** The basic fixture deck with a plan: its one-slide first section gets one second, the talk ten minutes. */
const timing = 'timing:\n  total: 10\n  sections:\n    01-mo-dau.md: "0:01"\n';

let workDir: string;
let distDir: string;
let browser: Browser;
let server: PresentServer;
let token: string;
let consolePage: Page;
let audience: Page;
let remote: Page;
let fragmentCounts: number[];
const pageErrors: string[] = [];
// Background tabs get no animation frames: every wait on a page function polls instead.

type Position = { h: number; f: number };

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'present-e2e-'));
  const slidesDir = path.join(workDir, 'slides');
  distDir = path.join(workDir, 'dist');
  await cp(fixtureDecks.basic, slidesDir, { recursive: true });
  const index = path.join(slidesDir, 'deck.yaml');
  await writeFile(index, (await readFile(index, 'utf8')).replace(/^sections:/m, `${timing}sections:`));
  await buildSite({ root: process.cwd(), slidesDir, outDir: distDir, progress: quiet, ogImage: false });
  token = createPresentToken();
  server = await startPresentServer({ distDir, host: '127.0.0.1', port: 0, token });
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function open(url: string, viewport: { width: number; height: number; mobile?: boolean }): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${String(error)}`));
  await page.setViewport({
    width: viewport.width,
    height: viewport.height,
    isMobile: viewport.mobile ?? false,
    hasTouch: viewport.mobile ?? false,
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-deck-ready], html[data-deck-error]', { timeout: 20_000 });
  const failure = await page.evaluate(() => document.documentElement.dataset.deckError);
  if (failure) throw new Error(`${url} failed to start: ${failure}`);
  return page;
}

const positionOf = (page: Page): Promise<Position> =>
  page.evaluate(() => {
    const indices = window.Reveal?.getIndices();
    return { h: indices?.h ?? -1, f: indices?.f ?? -1 };
  });

async function waitForDeckAt(page: Page, expected: Position): Promise<void> {
  await page.waitForFunction(
    ({ h, f }) => {
      const indices = window.Reveal?.getIndices();
      const visible = window.Reveal?.getCurrentSlide()?.querySelectorAll('.fragment.visible').length ?? 0;
      return indices?.h === h && (indices.f ?? -1) === f && visible === f + 1;
    },
    { timeout: 15_000, polling: 50 },
    expected,
  );
}

async function waitForViewAt(page: Page, view: 'console' | 'remote', expected: Position): Promise<void> {
  await page.waitForSelector(`[data-view="${view}"][data-talk-position="${expected.h}.${expected.f}"]`, { timeout: 15_000 });
}

/** The console's preview frame inside the box named `part` ("current-frame" or "next-frame"). */
async function previewFrame(page: Page, part: string): Promise<Frame> {
  for (const frame of page.frames()) {
    const element = await frame.frameElement();
    const inPart = await element?.evaluate((node, name) => node.parentElement?.dataset.part === name, part);
    if (inPart) return frame;
  }
  throw new Error(`no preview in ${part}`);
}

async function waitForPreviewAt(page: Page, part: string, expected: Position): Promise<void> {
  const frame = await previewFrame(page, part);
  await frame.waitForFunction(
    ({ h, f }) => {
      const indices = window.Reveal?.getIndices();
      return document.documentElement.dataset.deckReady === 'screen' && indices?.h === h && (indices.f ?? -1) === f;
    },
    { timeout: 15_000, polling: 50 },
    expected,
  );
}

function stepAfter(position: Position): Position {
  const count = fragmentCounts[position.h] ?? 0;
  return position.f < count - 1 ? { h: position.h, f: position.f + 1 } : { h: position.h + 1, f: -1 };
}

/** A tap waits for the page's animation frames, which only the tab in front gets. */
async function tap(page: Page, selector: string): Promise<void> {
  await page.bringToFront();
  await page.tap(selector);
}

async function expectEverywhere(position: Position): Promise<void> {
  await waitForDeckAt(audience, position);
  await waitForViewAt(consolePage, 'console', position);
  await waitForViewAt(remote, 'remote', position);
  expect(server.hub.state().position).toEqual(position);
}

/** Opens a socket to the talk from Node, as a browser on the page's origin would. */
function rawSocket(origin = `http://${new URL(server.addresses.audience).host}`): Promise<WebSocket> {
  const url = `${server.addresses.audience.replace(/^http/, 'ws').replace(/\/$/, '')}${talkSocketPath}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closeCodeOf(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

function nextMessage(socket: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>)));
}

describe('npm run present: a console, a phone remote and audience screens that follow', () => {
  it('remote Next and Previous (buttons and swipes) move the console and the audience, fragments included', async () => {
    consolePage = await open(server.addresses.console, { width: 1280, height: 800 });
    audience = await open(server.addresses.audience, { width: 1280, height: 720 });
    remote = await open(server.addresses.remote, { width: 390, height: 844, mobile: true });
    await consolePage.waitForSelector('[data-view="console"][data-link-status="connected"]');
    await remote.waitForSelector('[data-view="remote"][data-link-status="connected"]');
    await audience.waitForSelector('html[data-talk-link="follow"]');
    // The token never stays in the address bar.
    expect(await remote.evaluate(() => window.location.href)).not.toContain('token');
    expect(await consolePage.evaluate(() => window.location.href)).not.toContain('token');
    fragmentCounts = await audience.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].map((slide) => slide.querySelectorAll('.fragment').length),
    );
    expect(fragmentCounts.some((count) => count > 1)).toBe(true);

    let position: Position = { h: 0, f: -1 };
    await expectEverywhere(position);
    const steps = fragmentCounts.length - 1 + (fragmentCounts.at(-1) ?? 0);
    for (let step = 0; step < steps; step++) {
      position = stepAfter(position);
      await tap(remote, '[data-action="next"]');
      await expectEverywhere(position);
      if (position.h === 3 && position.f === -1) {
        await waitForPreviewAt(consolePage, 'current-frame', position);
        await waitForPreviewAt(consolePage, 'next-frame', stepAfter(position));
        await consolePage.screenshot({ path: `${screenshotDir}/present-console.png` });
        await remote.screenshot({ path: `${screenshotDir}/present-remote.png` });
      }
    }
    expect(position.f).toBeGreaterThan(0);
    await waitForPreviewAt(consolePage, 'current-frame', position);
    expect(await consolePage.$eval('[data-part="end"]', (element) => (element as HTMLElement).hidden)).toBe(false);

    await tap(remote, '[data-action="previous"]');
    position = { h: position.h, f: position.f - 1 };
    await expectEverywhere(position);

    // The black screen, from the remote, reaches the audience.
    await tap(remote, '[data-action="blackout"]');
    await audience.waitForFunction(() => window.Reveal?.isPaused() === true, { timeout: 15_000, polling: 50 });
    await tap(remote, '[data-action="blackout"]');
    await audience.waitForFunction(() => window.Reveal?.isPaused() === false, { timeout: 15_000, polling: 50 });

    // Each swipe starts somewhere else: two touches in one spot make a double tap, which eats the next tap.
    const swipe = async (fromX: number, toX: number, y: number): Promise<void> => {
      await remote.touchscreen.touchStart(fromX, y);
      await remote.touchscreen.touchMove((fromX + toX) / 2, y + 4);
      await remote.touchscreen.touchMove(toX, y + 8);
      await remote.touchscreen.touchEnd();
    };
    await swipe(330, 60, 400);
    position = stepAfter(position);
    await expectEverywhere(position);
    await swipe(80, 340, 600);
    position = { h: position.h, f: position.f - 1 };
    await expectEverywhere(position);
  });

  it('shows the pacing against a short plan: ahead near the end, behind on a one-second first slide', async () => {
    // The clock started at the first move of the test above; the last slide is planned ~8.5 minutes in.
    const pacing = (page: Page) =>
      page.$eval('[data-part="pacing"]', (element) => ({
        state: (element as HTMLElement).dataset.pacing,
        text: element.textContent ?? '',
        colour: getComputedStyle(element).backgroundColor,
      }));
    await consolePage.waitForSelector('[data-part="pacing"][data-pacing="ahead"]', { timeout: 15_000 });
    await remote.waitForSelector('[data-part="pacing"][data-pacing="ahead"]', { timeout: 15_000 });
    const ahead = await pacing(consolePage);
    expect(ahead.text).toMatch(/^Nhanh \d+:\d\d so với kế hoạch$/);
    expect(await consolePage.$eval('[data-part="used"]', (element) => element.textContent)).toMatch(/^\d+:\d\d \/ 10:00 theo kế hoạch$/);

    await consolePage.keyboard.press('Home');
    await expectEverywhere({ h: 0, f: -1 });
    await consolePage.waitForSelector('[data-part="pacing"][data-pacing="behind"]', { timeout: 15_000 });
    await remote.waitForSelector('[data-part="pacing"][data-pacing="behind"]', { timeout: 15_000 });
    const behind = await pacing(consolePage);
    expect(behind.text).toMatch(/^Chậm \d+:\d\d so với kế hoạch$/);
    expect(behind.colour).not.toBe(ahead.colour);
    expect((await pacing(remote)).text).toMatch(/^Chậm /);
  });

  it('lets a page without the token follow but never move anything; wrong tokens are refused and counted', async () => {
    const before = server.hub.state().position;
    const stranger = await open(server.addresses.remote.replace(/#.*$/, ''), { width: 390, height: 844, mobile: true });
    try {
      await stranger.waitForSelector('[data-view="remote"][data-link-status="connected"]');
      expect(await stranger.$eval('[data-part="status"]', (element) => (element as HTMLElement).dataset.status)).toBe('follow');
      expect(await stranger.$eval('[data-action="next"]', (element) => (element as HTMLButtonElement).disabled)).toBe(true);
      await stranger.$eval('[data-action="next"]', (element) => (element as HTMLButtonElement).click());
      await stranger.touchscreen.touchStart(330, 420);
      await stranger.touchscreen.touchMove(60, 424);
      await stranger.touchscreen.touchEnd();

      // Raw messages without the token change nothing either.
      const follower = await rawSocket();
      follower.send(JSON.stringify({ type: 'hello' }));
      expect((await nextMessage(follower)).role).toBe('follow');
      follower.send(JSON.stringify({ type: 'go', position: { h: 5, f: -1 } }));
      follower.send(JSON.stringify({ type: 'blackout', on: true }));
      follower.send(JSON.stringify({ type: 'timer', action: 'reset' }));
      // A controller's move afterwards is the next thing the follower hears: nothing of its own went through.
      const controller = await rawSocket();
      controller.send(JSON.stringify({ type: 'hello', token }));
      const welcome = await nextMessage(controller);
      expect(welcome.role).toBe('control');
      expect((welcome.state as { position: Position }).position).toEqual(before);
      const heard = nextMessage(follower);
      controller.send(JSON.stringify({ type: 'go', position: { h: 1, f: -1 } }));
      expect(((await heard).state as { position: Position; blackout: boolean }).position).toEqual({ h: 1, f: -1 });
      expect(server.hub.state().blackout).toBe(false);
      await expectEverywhere({ h: 1, f: -1 });
      follower.close();
      controller.close();

      const wrongBefore = server.hub.stats.wrongTokens;
      const intruder = await rawSocket();
      const closed = closeCodeOf(intruder);
      intruder.send(JSON.stringify({ type: 'hello', token: 'AAAAAAAAAAAAAAAAAAAAAA' }));
      expect(await closed).toBe(closeCodes.wrongToken);
      expect(server.hub.stats.wrongTokens).toBe(wrongBefore + 1);

      // Another site's page may not even connect.
      await expect(rawSocket('http://elsewhere.example')).rejects.toThrow(/403/);

      // A flood is cut off.
      const flood = await rawSocket();
      const flooded = closeCodeOf(flood);
      for (let message = 0; message < 100; message++) flood.send(JSON.stringify({ type: 'hello' }));
      expect(await flooded).toBe(closeCodes.tooFast);
    } finally {
      await stranger.close();
    }
  });

  it('a remote that loses its network reconnects and shows where the talk is now', async () => {
    const proxy = await startTcpProxy(Number(new URL(server.addresses.audience).port));
    const phoneUrl = server.addresses.remote.replace(/\/\/127\.0\.0\.1:/, `//${proxy.host}:`);
    const phone = await open(phoneUrl, { width: 390, height: 844, mobile: true });
    try {
      await phone.waitForSelector('[data-view="remote"][data-link-status="connected"]');
      const start = server.hub.state().position;
      await waitForViewAt(phone, 'remote', start);

      proxy.cut();
      await phone.waitForSelector('[data-view="remote"][data-link-status="reconnecting"]', { timeout: 15_000 });
      await consolePage.keyboard.press('ArrowRight');
      const moved = stepAfter(start);
      await waitForDeckAt(audience, moved);
      proxy.restore();

      await phone.waitForSelector('[data-view="remote"][data-link-status="connected"]', { timeout: 15_000 });
      await waitForViewAt(phone, 'remote', moved);
      const title = await audience.evaluate(() => window.Reveal?.getCurrentSlide()?.querySelector('h1, h2')?.textContent?.trim());
      // The remote keeps the title's kept phrases together with no-break spaces.
      expect(await phone.$eval('[data-part="current-title"]', (element) => element.textContent?.replace(/\u00a0/g, ' '))).toBe(title);
      // And it controls again.
      await tap(phone, '[data-action="next"]');
      await waitForDeckAt(audience, stepAfter(moved));
    } finally {
      await phone.close();
      await proxy.close();
    }
  });

  it('an audience phone follows in the reading layout', async () => {
    const phone = await open(server.addresses.audience, { width: 390, height: 844, mobile: true });
    try {
      await phone.waitForSelector('html.deck-reading[data-talk-link="follow"]');
      await tap(remote, '[data-action="next"]');
      await phone.bringToFront();
      const target = server.hub.state().position;
      await waitForDeckAt(audience, target);
      await phone.waitForFunction((h) => window.Reveal?.getIndices().h === h, { timeout: 15_000, polling: 50 }, target.h);
      await phone.waitForFunction(
        () => {
          const slide = window.Reveal?.getCurrentSlide();
          const top = slide?.getBoundingClientRect().top ?? 999;
          return Math.abs(top) < 80;
        },
        { timeout: 15_000, polling: 50 },
      );
      await phone.screenshot({ path: `${screenshotDir}/present-audience-phone.png` });
    } finally {
      await phone.close();
    }
  });

  it("opens the projector's window from the console, where a clicker or the keyboard moves everyone", async () => {
    await consolePage.waitForSelector('[data-part="remote"]:not([hidden])');
    // On a laptop's screen the code to scan and the projector's button are whole and in sight, unscrolled.
    // Long hints beside them (the fixture's slides have none) scroll on their own.
    await consolePage.setViewport({ width: 1366, height: 768 });
    const inSight = await consolePage.evaluate(() => {
      const hints = document.querySelector<HTMLElement>('[data-part="hints"]');
      const panel = document.querySelector<HTMLElement>('[data-part="hints-panel"]');
      if (!hints || !panel) throw new Error('the console has no hints panel');
      hints.textContent = 'Gợi ý dài cho người trình bày. '.repeat(40);
      panel.hidden = false;
      return ['[data-part="qr"]', '[data-action="open-audience"]'].map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        const seen = box ? document.elementFromPoint(box.x + box.width / 2, box.y + box.height - 2) : null;
        return Boolean(box && box.width > 0 && box.bottom <= window.innerHeight && seen?.closest(selector));
      });
    });
    expect(inSight).toEqual([true, true]);
    const opened = new Promise<Page | null>((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
    await consolePage.bringToFront();
    await consolePage.click('[data-action="open-audience"]');
    const projector = await opened;
    if (!projector) throw new Error('the projector window did not open');
    try {
      projector.on('pageerror', (error) => pageErrors.push(`projector: ${String(error)}`));
      await projector.waitForSelector('html[data-talk-link="control"]', { timeout: 15_000 });
      expect(await projector.evaluate(() => window.location.href)).not.toContain('token');
      const start = server.hub.state().position;
      await projector.bringToFront();
      await projector.keyboard.press('ArrowRight');
      const moved = stepAfter(start);
      await expectEverywhere(moved);
    } finally {
      await projector.close();
    }
  });

  it('speaks Vietnamese only in the console and the remote, in the deck font', async () => {
    const english =
      /\b(upcoming|notes?|time|click|reset|layout|speaker|view|next|previous|prev|pause|slide|elapsed|clock|pacing|loading|connect\w*|remote|start|stop|black|screen|scan|audience|ahead|behind|track|plan)\b/i;
    for (const page of [consolePage, remote]) {
      const texts = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim();
          if (text && !node.parentElement?.closest('[data-part="notes"], [data-part="hints"], template')) found.push(text);
        }
        for (const element of document.querySelectorAll('[aria-label], [title], [alt]')) {
          for (const name of ['aria-label', 'title', 'alt']) {
            const value = element.getAttribute(name);
            if (value) found.push(value);
          }
        }
        found.push(document.title);
        return found;
      });
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.filter((text) => english.test(text))).toEqual([]);
      const fonts = await page.evaluate(() =>
        [...document.querySelectorAll('.speaker-label, .speaker-button, .speaker-script, .speaker-pacing')].map(
          (element) => getComputedStyle(element).fontFamily,
        ),
      );
      expect(fonts.length).toBeGreaterThan(3);
      for (const font of fonts) expect(font.startsWith('"Be Vietnam Pro"')).toBe(true);
      expect(await isSetInDeckFont(page, '600', 'Lời thuyết trình')).toBe(true);
    }
  });

  it('leaves every audience page working as a normal deck when the server stops', async () => {
    const before = await positionOf(audience);
    await server.close();
    await audience.waitForSelector('html[data-talk-link="reconnecting"]', { timeout: 15_000 });
    await audience.bringToFront();
    await audience.focus('body');
    await audience.keyboard.press('ArrowRight');
    await audience.waitForFunction(
      (h, f) => {
        const indices = window.Reveal?.getIndices();
        return indices !== undefined && (indices.h !== h || (indices.f ?? -1) !== f);
      },
      { timeout: 15_000, polling: 50 },
      before.h,
      before.f,
    );
    expect(pageErrors).toEqual([]);
  });
});
