import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { slideImageQuery } from '../../src/png/export-png.ts';
import { type PresentServer, startPresentServer } from '../../src/present/present-server.ts';
import { createPresentToken } from '../../src/present/present-token.ts';
import { talkSocketPath } from '../../src/talk/protocol.ts';
import { type DeckSession, startDeckSession, withoutTransitions } from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';

/**
 * What the room sees, tried as a presenter would: the site in full screen, and the audience page
 * of npm run present, at 1920×1080. Only the slide and a discreet progress bar: nothing to click or
 * follow, and a black screen with no English on it. The reader's page keeps its controls.
 */
let session: DeckSession;
let present: PresentServer;
const token = createPresentToken();

beforeAll(async () => {
  session = await startDeckSession({ distDir: fixtureBuilds.design });
  present = await startPresentServer({ distDir: fixtureBuilds.design, host: '127.0.0.1', port: 0, token });
});

afterAll(async () => {
  await present?.close();
  await session?.close();
});

async function open(url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-deck-ready]');
  return page;
}

/** Everything on the page that a pointer could click or follow and that is drawn: links, buttons, fields, the arrows. */
function clickable(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"]), .controls',
      ),
    ]
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.trim().slice(0, 30)}`),
  );
}

/** Goes through every slide and collects what can be clicked on each. */
async function clickableOnEverySlide(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
  expect(count).toBeGreaterThan(5);
  const found = new Set<string>();
  for (let index = 0; index < count; index++) {
    await page.evaluate((slide) => window.Reveal?.slide(slide), index);
    for (const item of await clickable(page)) found.add(`slide ${index + 1}: ${item}`);
  }
  return [...found];
}

/** What the black screen shows, once it is shown: its visible text. */
async function overlayText(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const overlay = document.querySelector<HTMLElement>('.pause-overlay');
    return overlay !== null && getComputedStyle(overlay).visibility === 'visible';
  });
  return page.evaluate(() =>
    [...(document.querySelector('.pause-overlay')?.querySelectorAll<HTMLElement>('*') ?? [])]
      .filter((element) => element.getBoundingClientRect().width > 0)
      // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point, hidden text excluded.
      .map((element) => element.innerText)
      .join(' ')
      .trim(),
  );
}

/** Presses B, reads what the black screen shows, and presses B again. */
async function blackScreen(page: Page): Promise<string> {
  await page.keyboard.press('b');
  await page.waitForFunction(() => window.Reveal?.isPaused() === true);
  const text = await overlayText(page);
  await page.keyboard.press('b');
  await page.waitForFunction(() => window.Reveal?.isPaused() === false);
  return text;
}

/** The presenter's black screen, switched from a controlling screen, as the console and the remote do. */
async function presenterBlackout(on: boolean): Promise<void> {
  const audience = new URL(present.addresses.audience);
  const socket = new WebSocket(`ws://${audience.host}${talkSocketPath}`, { origin: audience.origin });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const welcomed = new Promise((resolve) => socket.once('message', resolve));
    socket.send(JSON.stringify({ type: 'hello', token }));
    await welcomed;
    socket.send(JSON.stringify({ type: 'blackout', on }));
  } finally {
    socket.close();
  }
}

describe('the room view', () => {
  it('keeps the reader’s controls on the web page: the menu, the source markers and the data links', async () => {
    const page = await open(`${session.server.url}?${withoutTransitions}`);
    try {
      const found = await clickableOnEverySlide(page);
      expect(found.some((item) => item.includes('source-marker'))).toBe(true);
      expect(found.some((item) => item.includes('chart__data'))).toBe(true);
      expect(found.some((item) => item.includes('summary'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('in a slide image, as the exports ask for it, shows the slide alone: nothing to click or follow', async () => {
    const page = await open(`${session.server.url}?${slideImageQuery}`);
    try {
      expect(await clickableOnEverySlide(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('in full screen, shows nothing to click or follow, and a black screen without a caption', async () => {
    const page = await open(`${session.server.url}?${withoutTransitions}`);
    try {
      await page.evaluate(() => document.documentElement.requestFullscreen());
      await page.waitForFunction(() => document.documentElement.classList.contains('deck-room'));
      expect(await clickableOnEverySlide(page)).toEqual([]);
      expect(await blackScreen(page)).toBe('');
      // Keys still move the talk.
      await page.evaluate(() => window.Reveal?.slide(0));
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => window.Reveal?.getIndices().h === 1);
      await page.evaluate(() => document.exitFullscreen());
      await page.waitForFunction(() => !document.documentElement.classList.contains('deck-room'));
      expect((await clickable(page)).length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('on the audience page of npm run present, shows nothing to click or follow, and no English on the black screen', async () => {
    const page = await open(present.addresses.audience);
    try {
      expect(await page.evaluate(() => document.documentElement.classList.contains('deck-room'))).toBe(true);
      expect(await clickableOnEverySlide(page)).toEqual([]);
      await presenterBlackout(true);
      await page.waitForFunction(() => window.Reveal?.isPaused() === true);
      expect(await overlayText(page)).not.toMatch(/\p{L}{2,}/u);
      await presenterBlackout(false);
      await page.waitForFunction(() => window.Reveal?.isPaused() === false);
    } finally {
      await page.close();
    }
  });
});
