/**
 * The latency from a tap on the phone remote to the audience screen, on this machine: `npm run
 * present`'s server on loopback, the remote in one Chromium (390×844, touch) and the audience in
 * another (1280×720), each the front page of its own browser like two devices. Each tap is timed
 * from the remote's click event to the audience's reveal.js event, and to the next frame drawn
 * after it. The baseline, measured in the same run, is a key press on the audience page itself
 * (keydown to the same two points): what the deck costs without any network.
 *
 *   npm run bench:present [-- --taps N]     (uses dist/ as built; run npm run build first)
 */
import type { Browser, Page } from 'puppeteer';
import { parseCliOptions, parseIntegerOption } from '../src/base/parse-cli-options.ts';
import { runCli } from '../src/base/run-cli.ts';
import { launchBrowser } from '../src/browser/chromium.ts';
import { startPresentServer } from '../src/present/present-server.ts';
import { createPresentToken } from '../src/present/present-token.ts';

const usage = `Usage: npm run bench:present [-- --taps N]

The latency from a tap on the phone remote to the audience screen, over loopback, against a key
press on the audience page itself, measured in the same run. Uses dist/ as built: run npm run build first.
  --taps N  taps to time (default: 40)
  --help    show this help`;

interface Sample {
  event: number;
  frame: number;
}

declare global {
  interface Window {
    benchStart?: number;
    benchArrived?: Promise<{ event: number; frame: number }>;
  }
}

/** Arms the audience page: resolves with the times of the next move and of the frame after it. */
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

async function arrival(audience: Page): Promise<{ event: number; frame: number }> {
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

function summary(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, range ${at(0).toFixed(1)}–${(sorted.at(-1) ?? 0).toFixed(1)} ms`;
}

const median = (samples: readonly number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

await runCli(async () => {
  const values = parseCliOptions({ taps: { type: 'string', default: '40' }, help: { type: 'boolean', default: false } }, usage);
  if (!values) return;
  const taps = parseIntegerOption('taps', values.taps, { min: 2, max: 10_000 }, usage);
  const token = createPresentToken();
  const server = await startPresentServer({ distDir: 'dist', host: '127.0.0.1', port: 0, token });
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
    const remoteEvent = remoteSamples.map((sample) => sample.event);
    const remoteFrame = remoteSamples.map((sample) => sample.frame);
    const localEvent = localSamples.map((sample) => sample.event);
    const localFrame = localSamples.map((sample) => sample.frame);
    process.stdout.write(
      [
        `Remote tap → audience, ${remoteSamples.length} taps over loopback (load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}):`,
        `  reveal.js event:   ${summary(remoteEvent)}`,
        `  next frame drawn:  ${summary(remoteFrame)}`,
        `Baseline, a key press on the audience page itself, ${localSamples.length} presses:`,
        `  reveal.js event:   ${summary(localEvent)}`,
        `  next frame drawn:  ${summary(localFrame)}`,
        `Ratio of medians (remote / local): event ${(median(remoteEvent) / median(localEvent)).toFixed(2)}×, frame ${(median(remoteFrame) / median(localFrame)).toFixed(2)}×`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
});
