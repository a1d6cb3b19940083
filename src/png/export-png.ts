import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { claimOutputDirectory, type OutputRules, outputRules } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import type { Message } from '../base/message.ts';
import { writeOutputMarker } from '../base/output-marker.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { replaceDirectory } from '../base/replace-directory.ts';
import { scratchPath } from '../base/scratch-path.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { checkChartsDrawn, slidesWithCharts } from '../browser/check-charts-drawn.ts';
import { withDeckBrowserSession } from '../browser/deck-browser-session.ts';
import { showWholeSlide } from '../browser/show-whole-slide.ts';
import { readBuiltDeck } from '../content/read-built-deck.ts';
import { commandMessage } from '../model/command-messages.ts';
import { renderContactSheet, slidesPerSheet, thumbnailWidth } from './render-contact-sheet.ts';

/** How a slide image asks for the slide alone: no arrows, no progress bar, no reader's controls, no motion. */
export const slideImageQuery = 'controls=false&progress=false&transition=none&backgroundTransition=none';
export const slideImageSize = { width: 1920, height: 1080 } as const;
export const contactSheetFile = 'contact-sheet.png';

/** The contact sheets of a deck: contact-sheet.png, then contact-sheet-2.png… for every further 24 slides. */
export function contactSheetFiles(slides: number): string[] {
  const sheets = Math.max(1, Math.ceil(slides / slidesPerSheet));
  return Array.from({ length: sheets }, (_, index) => (index === 0 ? contactSheetFile : `contact-sheet-${index + 1}.png`));
}

/** The kind of output a folder of slide images is, in its marker. */
export const pngOutputKind = 'png';

export interface ExportPngOptions {
  distDir: string;
  outDir: string;
  timeoutMs?: number;
  onStep?: (message: Message) => void;
  /** A browser to work in; by default one is started and closed. */
  browser?: Browser;
  /** Where outputs may not go; by default the project, its content and code, the home folder. */
  rules?: OutputRules;
}

export interface ExportPngResult {
  files: string[];
}

/**
 * One 1920×1080 PNG per slide (every fragment shown, charts at their final state) and a
 * contact sheet. Everything is written to a scratch directory first: a failure leaves the
 * previous images exactly as they were. Only a folder of images made by this export, or an
 * empty one, is ever replaced.
 */
export async function exportPng(options: ExportPngOptions): Promise<ExportPngResult> {
  const step = options.onStep ?? (() => {});
  const claim = { kind: pngOutputKind, rules: options.rules ?? outputRules(), recognise: isUnmarkedImageFolder };
  const outDir = await claimOutputDirectory(options.outDir, claim);
  const { deck } = await readBuiltDeck(options.distDir);
  const withCharts = slidesWithCharts(deck);
  const scratch = scratchPath(outDir);
  const removeScratch = (): Promise<void> => rm(scratch, { recursive: true, force: true, maxRetries: 3 });
  const unregister = registerCleanup(removeScratch);
  const timeoutMs = options.timeoutMs ?? defaults.timeoutMs;
  try {
    await mkdir(scratch, { recursive: true });
    const files = await withDeckBrowserSession(
      {
        distDir: options.distDir,
        mode: 'screen',
        viewport: { ...slideImageSize, deviceScaleFactor: 1 },
        query: slideImageQuery,
        reducedMotion: true,
        timeoutMs,
        onStep: step,
        // The release lends its one browser; alone, the export launches its own.
        browser: options.browser ?? 'launch',
      },
      async ({ page, browser }) => {
        const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
        if (total === 0) throw new DeckError('content', commandMessage('deckHasNoSlides', {}));
        const thumbnails: Uint8Array[] = [];
        const names: string[] = [];
        for (let index = 0; index < total; index++) {
          step(commandMessage('stepSlideImage', { index: index + 1, total }));
          await showWholeSlide(page, index, timeoutMs);
          const id = await page.evaluate(() => window.Reveal?.getCurrentSlide().id ?? '');
          await checkChartsDrawn(
            page,
            withCharts.filter((slide) => slide.id === id),
          );
          const image = await page.screenshot({ type: 'png' });
          const name = `${String(index + 1).padStart(2, '0')}.png`;
          await writeAtomically(path.join(scratch, name), image);
          // The same picture, scaled by the browser as it takes it: only this is kept until the end.
          const scale = thumbnailWidth / slideImageSize.width;
          thumbnails.push(
            await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...slideImageSize, scale }, captureBeyondViewport: false }),
          );
          names.push(name);
        }
        step(commandMessage('stepContactSheet', {}));
        const sheets = contactSheetFiles(thumbnails.length);
        for (const [index, sheet] of sheets.entries()) {
          const first = index * slidesPerSheet;
          const sheetImage = await renderContactSheet(browser, thumbnails.slice(first, first + slidesPerSheet), first + 1);
          await writeAtomically(path.join(scratch, sheet), sheetImage);
        }
        return [...names, ...sheets];
      },
    );
    await writeOutputMarker(scratch, { kind: pngOutputKind, files });
    await replaceDirectory(scratch, outDir, claim);
    return { files: files.map((file) => path.join(outDir, file)) };
  } finally {
    unregister();
    await removeScratch();
  }
}

/** Images made before folders were marked: only numbered slides and the contact sheet, nothing else. */
async function isUnmarkedImageFolder(dir: string): Promise<boolean> {
  const names = await readdir(dir);
  return names.includes(contactSheetFile) && names.every((name) => /^(contact-sheet(-\d+)?|\d{2,})\.png$/.test(name));
}
