import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { DeckError } from '../base/errors.ts';
import { replaceDirectory } from '../base/replace-directory.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { withDeckBrowserSession } from '../browser/deck-browser-session.ts';
import { showWholeSlide } from '../browser/show-whole-slide.ts';
import { renderContactSheet } from './render-contact-sheet.ts';

export const slideImageSize = { width: 1920, height: 1080 } as const;
export const contactSheetFile = 'contact-sheet.png';

export interface ExportPngOptions {
  distDir: string;
  outDir: string;
  timeoutMs?: number;
  onStep?: (message: string) => void;
  /** A browser to work in; by default one is started and closed. */
  browser?: Browser;
}

export interface ExportPngResult {
  files: string[];
}

/**
 * One 1920×1080 PNG per slide (every fragment shown, charts at their final state) and a
 * contact sheet. Everything is written to a scratch directory first: a failure leaves the
 * previous images exactly as they were.
 */
export async function exportPng(options: ExportPngOptions): Promise<ExportPngResult> {
  const step = options.onStep ?? (() => {});
  const outDir = path.resolve(options.outDir);
  const scratch = path.join(path.dirname(outDir), `.${path.basename(outDir)}-tmp-${process.pid}`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  try {
    await mkdir(scratch, { recursive: true });
    const files = await withDeckBrowserSession(
      {
        distDir: options.distDir,
        mode: 'screen',
        viewport: { ...slideImageSize, deviceScaleFactor: 1 },
        query: 'controls=false&progress=false&transition=none&backgroundTransition=none',
        reducedMotion: true,
        timeoutMs,
        onStep: step,
        browser: options.browser,
      },
      async ({ page, browser }) => {
        const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
        if (total === 0) throw new DeckError('content', 'the deck has no slides');
        const images: Uint8Array[] = [];
        const names: string[] = [];
        for (let index = 0; index < total; index++) {
          step(`slide ${index + 1} of ${total}`);
          await showWholeSlide(page, index, timeoutMs);
          const image = await page.screenshot({ type: 'png' });
          const name = `${String(index + 1).padStart(2, '0')}.png`;
          await writeAtomically(path.join(scratch, name), image);
          images.push(image);
          names.push(name);
        }
        step('contact sheet');
        await writeAtomically(path.join(scratch, contactSheetFile), await renderContactSheet(browser, images));
        return [...names, contactSheetFile];
      },
    );
    await replaceDirectory(scratch, outDir);
    return { files: files.map((file) => path.join(outDir, file)) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
