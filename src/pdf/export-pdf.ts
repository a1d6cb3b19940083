import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { claimOutputFile, type OutputRules, outputRules } from '../base/claim-output.ts';
import { displayPath } from '../base/display-path.ts';
import { DeckError } from '../base/errors.ts';
import type { Progress } from '../base/progress.ts';
import { asTemporaryFolderFault } from '../base/temporary-folder.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { checkChartsDrawn, slidesWithCharts } from '../browser/check-charts-drawn.ts';
import { withDeckBrowserSession } from '../browser/deck-browser-session.ts';
import { readBuiltDeck } from '../content/read-built-deck.ts';
import { renderChartCsv } from '../csv/render-chart-csv.ts';
import type { Deck } from '../model/deck.ts';
import { slideGeometry } from '../model/geometry.ts';
import { createLocale } from '../model/locale.ts';
import { chartDataFiles, type HandoutPerPage } from '../model/output-files.ts';
import type { PdfAttachment } from './finish-pdf.ts';
import type { PrintedHandout } from './print-handout.ts';
import { readPrintPages } from './read-print-pages.ts';

/** "slides": one page per slide (the presentation); a number: a handout with that many slides a page (1 is with the notes). */
export type PdfLayout = 'slides' | HandoutPerPage;

export interface PdfOutput {
  layout: PdfLayout;
  out: string;
}

export interface ExportPdfOptions {
  distDir: string;
  /** Every PDF to make from one print of the deck. */
  outputs: readonly PdfOutput[];
  /** One page per fragment step instead of one per slide with every fragment shown. */
  fragments: boolean;
  /** Bound on each wait: loading, the ready signal, printing. */
  timeoutMs: number;
  /** Names the tool in the PDF's metadata. */
  creator: string;
  progress: Progress;
  /** A browser to work in (npm run release shares one); by default one is started and closed. */
  browser?: Browser;
  /** Where outputs may not go; by default the project, its content and code, the home folder. */
  rules?: OutputRules;
}

export interface ExportPdfResult {
  files: { file: string; layout: PdfLayout; pages: number; bytes: number }[];
}

/**
 * Prints the built deck's print view with Chromium once, lays out each handout asked for around it,
 * adds bookmarks, metadata and (to the presentation) the charts' data, and writes each file atomically.
 */
export async function exportPdf(options: ExportPdfOptions): Promise<ExportPdfResult> {
  const { progress } = options;
  const createdAt = new Date();
  const rules = options.rules ?? outputRules({ contentDir: 'slides' });
  for (const output of options.outputs) await claimOutputFile(output.out, { extension: '.pdf', rules });
  // The model the build used, not slides/ as it is now: the bookmarks match the pages printed.
  const deck = await readBuiltDeck(options.distDir);
  const locale = createLocale(deck.meta.lang);
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
      browser: options.browser,
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
      const handouts = new Map<HandoutPerPage, PrintedHandout>();
      for (const output of options.outputs) {
        if (output.layout === 'slides' || handouts.has(output.layout)) continue;
        progress.step(`laying out the handout, ${output.layout} per page`);
        handouts.set(output.layout, await printHandoutPages(page, deck, output.layout, pageSlideIds, options.timeoutMs));
      }
      progress.step('adding bookmarks, metadata and attachments');
      // Finished while the browser shuts down: started on the next turn, once its close is under way.
      const finishing = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        Promise.all(
          options.outputs.map((output) =>
            finishPdf({
              deck,
              pageSlideIds,
              slides,
              handout: output.layout === 'slides' ? undefined : handouts.get(output.layout),
              attachments: output.layout === 'slides' ? chartAttachments(deck, locale) : [],
              creator: options.creator,
              createdAt,
            }),
          ),
        ),
      );
      finishing.catch(() => {});
      return { finishing };
    },
  );
  const pdfs = await printed.finishing;

  const files: ExportPdfResult['files'] = [];
  for (const [index, output] of options.outputs.entries()) {
    const pdf = pdfs[index];
    if (!pdf) continue;
    progress.step(`writing ${output.out}`);
    await writeAtomically(output.out, pdf.bytes);
    const bytes = (await stat(output.out)).size;
    files.push({ file: output.out, layout: output.layout, pages: pdf.pages, bytes });
    progress.done(`wrote ${displayPath(output.out)}: ${pdf.pages} pages, ${Math.round(bytes / 1024)} KB`);
  }
  return { files };
}

/** Each chart's data, as the site's CSV files, carried by the presentation PDF. */
function chartAttachments(deck: Deck, locale: ReturnType<typeof createLocale>): PdfAttachment[] {
  return chartDataFiles(deck).map(({ chart, file, slide }) => ({
    name: path.posix.basename(file),
    data: renderChartCsv(chart.chart, deck, locale),
    mimeType: 'text/csv',
    description: `${slide.number}. ${chart.chart.title}`,
  }));
}

async function printPdf(page: Page, timeoutMs: number): Promise<Uint8Array> {
  try {
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
  } catch (error) {
    throw asTimeout(error, `printing the slides did not finish within ${timeoutMs / 1000} s`);
  }
}

async function printHandoutPages(
  page: Page,
  deck: Deck,
  perPage: HandoutPerPage,
  pageSlideIds: readonly string[],
  timeoutMs: number,
): Promise<PrintedHandout> {
  const { printHandout } = await import('./print-handout.ts');
  try {
    return await printHandout(page, deck, createLocale(deck.meta.lang), perPage, pageSlideIds, timeoutMs);
  } catch (error) {
    throw asTimeout(error, `printing the handout did not finish within ${timeoutMs / 1000} s`);
  }
}

/** A print that timed out, or that failed because the browser's temporary folder filled up, as its one-line error. */
function asTimeout(error: unknown, message: string): unknown {
  if (error instanceof Error && error.name === 'TimeoutError') return new DeckError('timeout', message, { cause: error });
  return asTemporaryFolderFault(error, tmpdir()) ?? error;
}
