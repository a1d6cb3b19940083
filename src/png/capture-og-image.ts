import type { Browser } from 'puppeteer';
import type { Message } from '../base/message.ts';
import { withDeckBrowserSession } from '../browser/deck-browser-session.ts';

/** The size social networks show a link preview at (Open Graph, Twitter large card). */
export const ogImageSize = { width: 1200, height: 630 } as const;

export interface CaptureOgImageOptions {
  distDir: string;
  onStep?: (message: Message) => void;
  /** A browser to work in; by default one is started and closed. */
  browser?: Browser;
}

/** A PNG of the title slide at the social preview size, without reveal.js's controls. */
export async function captureOgImage(options: CaptureOgImageOptions): Promise<Uint8Array> {
  return withDeckBrowserSession(
    {
      distDir: options.distDir,
      mode: 'screen',
      viewport: { ...ogImageSize, deviceScaleFactor: 1 },
      query: 'controls=false&progress=false&slideNumber=false&transition=none',
      onStep: options.onStep,
      browser: options.browser ?? 'launch',
    },
    ({ page }) => page.screenshot({ type: 'png' }),
  );
}
