import { stat } from 'node:fs/promises';
import type { Page } from 'puppeteer';
import { claimOutputFile, type OutputRules, outputRules } from '../base/claim-output.ts';
import { displayPath } from '../base/display-path.ts';
import { DeckError } from '../base/errors.ts';
import type { Progress } from '../base/progress.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { checkChartsDrawn, slidesWithCharts } from '../browser/check-charts-drawn.ts';
import { withDeckBrowserSession } from '../browser/deck-browser-session.ts';
import { readBuiltDeck } from '../content/read-built-deck.ts';
import type { Deck } from '../model/deck.ts';
import { slideGeometry } from '../model/geometry.ts';
import { createLocale } from '../model/locale.ts';
import { readPrintPages } from './read-print-pages.ts';

export interface ExportPdfOptions {
  distDir: string;
  out: string;
  /** A4 pages: the slide on top, its speaker notes below. */
  handout: boolean;
  /** One page per fragment step instead of one per slide with every fragment shown. */
  fragments: boolean;
  /** Bound on each wait: loading, the ready signal, printing. */
  timeoutMs: number;
  /** Names the tool in the PDF's metadata. */
  creator: string;
  progress: Progress;
  /** Where outputs may not go; by default the project, its content and code, the home folder. */
  rules?: OutputRules;
}

export interface ExportPdfResult {
  file: string;
  pages: number;
  bytes: number;
}

/** Prints the built deck's print view with Chromium, adds bookmarks and metadata, writes atomically. */
export async function exportPdf(options: ExportPdfOptions): Promise<ExportPdfResult> {
  const { progress } = options;
  const createdAt = new Date();
  await claimOutputFile(options.out, { extension: '.pdf', rules: options.rules ?? outputRules({ contentDir: 'slides' }) });
  // The model the build used, not slides/ as it is now: the bookmarks match the pages printed.
  const deck = await readBuiltDeck(options.distDir);
  const query = `print-pdf&pdfSeparateFragments=${options.fragments}`;

  const printed = await withDeckBrowserSession(
    {
      distDir: options.distDir,
      mode: 'print',
      // The print view makes each page exactly one slide of this size.
      viewport: slideGeometry,
      query,
      timeoutMs: options.timeoutMs,
      onStep: progress.step,
      openAtLaunch: true,
    },
    async ({ page }) => {
      await checkChartsDrawn(page, slidesWithCharts(deck));
      const pageSlideIds = await readPrintPages(page);
      progress.step(`${pageSlideIds.length} pages laid out; printing`);
      const printing = printPdf(page, options.timeoutMs);
      printing.catch(() => {});
      // Node is idle while the browser prints: load pdf-lib meanwhile.
      const { finishPdf } = await import('./finish-pdf.ts');
      const slides = await printing;
      const notes = options.handout ? await printNotes(page, deck, pageSlideIds, options.timeoutMs) : undefined;
      progress.step('adding bookmarks and metadata');
      // Finished while the browser shuts down: started on the next turn, once its close is under way.
      const finishing = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        finishPdf({ deck, pageSlideIds, slides, notes, creator: options.creator, createdAt }),
      );
      finishing.catch(() => {});
      return { finishing };
    },
  );
  const pdf = await printed.finishing;

  progress.step(`writing ${options.out}`);
  await writeAtomically(options.out, pdf.bytes);
  const size = (await stat(options.out)).size;
  progress.done(`wrote ${displayPath(options.out)}: ${pdf.pages} pages, ${Math.round(size / 1024)} KB`);
  return { file: options.out, pages: pdf.pages, bytes: size };
}

async function printPdf(page: Page, timeoutMs: number): Promise<Uint8Array> {
  try {
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
  } catch (error) {
    throw asTimeout(error, `printing the slides did not finish within ${timeoutMs / 1000} s`);
  }
}

async function printNotes(page: Page, deck: Deck, pageSlideIds: readonly string[], timeoutMs: number): Promise<Uint8Array> {
  const [{ renderHandoutNotes }, { printHandoutNotes }] = await Promise.all([
    import('./render-handout-notes.ts'),
    import('./print-handout-notes.ts'),
  ]);
  try {
    return await printHandoutNotes(page, renderHandoutNotes(deck, createLocale(deck.meta.lang), pageSlideIds), timeoutMs);
  } catch (error) {
    throw asTimeout(error, `printing the handout notes did not finish within ${timeoutMs / 1000} s`);
  }
}

function asTimeout(error: unknown, message: string): unknown {
  return error instanceof Error && error.name === 'TimeoutError' ? new DeckError('timeout', message, { cause: error }) : error;
}
