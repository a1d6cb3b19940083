import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../../../src/browser/chromium.ts';
import { startPresentServer } from '../../../src/present/present-server.ts';
import { createPresentToken } from '../../../src/present/present-token.ts';
import type { BenchContext } from './bench-context.ts';
import { compare, type Row } from './row.ts';

interface Sample {
  event: number;
  frame: number;
}

declare global {
  interface Window {
    benchStart?: number;
    benchArrived?: Promise<Sample>;
  }
}

/** Arms the audience page: resolves with the times of the next move and of the frame drawn after it. */
async function armAudience(audience: Page): Promise<void> {
  await audience.evaluate(() => {
    window.benchArrived = new Promise((resolve) => {
      const deck = window.Reveal;
      if (!deck) throw new Error('no deck');
      const names = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;
      const done = (): void => {
        const event = performance.timeOrigin + performance.now();
        for (const name of names) deck.off(name, done);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ event, frame: performance.timeOrigin + performance.now() })));
      };
      for (const name of names) deck.on(name, done);
    });
  });
}

async function arrival(audience: Page): Promise<Sample> {
  return audience.evaluate(() => {
    if (!window.benchArrived) throw new Error('not armed');
    return window.benchArrived;
  });
}

/** Records when the last input event happened on a page, on the shared wall clock. */
async function recordInputTimes(page: Page, type: 'click' | 'keydown'): Promise<void> {
  await page.evaluate((eventType) => {
    document.addEventListener(
      eventType,
      (event) => {
        window.benchStart = performance.timeOrigin + event.timeStamp;
      },
      { capture: true },
    );
  }, type);
}

/**
 * The latency from a tap on the phone remote to the audience screen: `npm run present`'s server on
 * loopback, the remote in one Chromium (390×844, touch) and the audience in another (1280×720),
 * like two devices. Each tap is timed from the remote's click to the audience's reveal.js event and
 * to the next frame drawn after it. The baseline, in the same run: a key press on the audience page
 * itself, to the same two points, which is what the deck costs without any network.
 */
export async function measurePresent(context: BenchContext, taps: number): Promise<Row[]> {
  const server = await startPresentServer({ distDir: context.distDir, host: '127.0.0.1', port: 0, token: createPresentToken() });
  const browsers: Browser[] = [];
  try {
    browsers.push(await launchBrowser(), await launchBrowser());
    const [phoneBrowser, roomBrowser] = browsers as [Browser, Browser];
    const remote = (await phoneBrowser.pages())[0] ?? (await phoneBrowser.newPage());
    const audience = (await roomBrowser.pages())[0] ?? (await roomBrowser.newPage());
    // tsx keeps function names with a helper that pages do not have.
    for (const page of [remote, audience]) await page.evaluateOnNewDocument('globalThis.__name = (target) => target');
    await remote.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await remote.goto(server.addresses.remote);
    await remote.waitForSelector('[data-view="remote"][data-link-status="connected"]');
    await audience.setViewport({ width: 1280, height: 720 });
    await audience.goto(`${server.addresses.audience}?transition=none`);
    await audience.waitForSelector('html[data-talk-link="follow"]');
    await recordInputTimes(remote, 'click');
    await recordInputTimes(audience, 'keydown');

    const measureTap = async (action: 'next' | 'previous'): Promise<Sample> => {
      await armAudience(audience);
      await remote.tap(`[data-action="${action}"]`);
      const arrived = await arrival(audience);
      const start = await remote.evaluate(() => window.benchStart ?? Number.NaN);
      return { event: arrived.event - start, frame: arrived.frame - start };
    };
    const measureKey = async (key: 'ArrowRight' | 'ArrowLeft'): Promise<Sample> => {
      await armAudience(audience);
      await audience.keyboard.press(key);
      const arrived = await arrival(audience);
      const start = await audience.evaluate(() => window.benchStart ?? Number.NaN);
      return { event: arrived.event - start, frame: arrived.frame - start };
    };

    // Forward and back over the first steps, so that every tap moves; the first rounds warm up.
    const remoteSamples: Sample[] = [];
    const localSamples: Sample[] = [];
    for (let round = -2; round < taps / 2; round++) {
      const remoteRound = [await measureTap('next'), await measureTap('previous')];
      const localRound = [await measureKey('ArrowRight'), await measureKey('ArrowLeft')];
      if (round >= 0) {
        remoteSamples.push(...remoteRound);
        localSamples.push(...localRound);
      }
    }
    context.log(`present: ${remoteSamples.length} taps and as many key presses`);
    const against = 'a key press on the audience page itself';
    return [
      compare({
        measure: `remote tap → audience's reveal.js event, ${remoteSamples.length} taps over loopback`,
        ours: remoteSamples.map((sample) => sample.event),
        baseline: localSamples.map((sample) => sample.event),
        unit: 'ms',
        against,
      }),
      compare({
        measure: 'remote tap → next frame drawn on the audience screen',
        ours: remoteSamples.map((sample) => sample.frame),
        baseline: localSamples.map((sample) => sample.frame),
        unit: 'ms',
        against,
      }),
    ];
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}
