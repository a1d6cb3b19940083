import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { claimOutputFile, type OutputRules, outputRules } from '../base/claim-output.ts';
import { displayPath } from '../base/display-path.ts';
import { DeckError } from '../base/errors.ts';
import type { Message } from '../base/message.ts';
import type { Progress } from '../base/progress.ts';
import { asTemporaryFolderFault } from '../base/temporary-folder.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { checkChartsDrawn, slidesWithCharts } from '../browser/check-charts-drawn.ts';
import { withDeckBrowserSession } from '../browser/deck-browser-session.ts';
import { toChartView } from '../charts/to-chart-view.ts';
import { readBuiltDeck } from '../content/read-built-deck.ts';
import { renderChartCsv } from '../csv/render-chart-csv.ts';
import { commandMessage } from '../model/command-messages.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { slideGeometry } from '../model/geometry.ts';
import { chartDataFiles, type HandoutPerPage } from '../model/output-files.ts';
import type { PdfAttachment } from './finish-pdf.ts';
import type { PrintedHandout } from './print-handout.ts';
import { readPrintPages } from './read-print-pages.ts';

/**
 * "slides": one page per slide (the presentation); a number: a handout with that many slides a page
 * (1 is with the notes); "presenter": the notes handout with the presenter hints, for the presenter's copy.
 */
export type PdfLayout = 'slides' | HandoutPerPage | 'presenter';

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
  /**
   * The deck with its presenter hints, for a "presenter" handout: the build's deck.json is the
   * published deck, which has none.
   */
  presenterContext?: DeckContext;
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
  const rules = options.rules ?? outputRules();
  for (const output of options.outputs) await claimOutputFile(output.out, { extension: '.pdf', rules });
  // The model the build used, not slides/ as it is now: the bookmarks match the pages printed.
  const context = await readBuiltDeck(options.distDir);
  const { deck } = context;
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
      // The release lends its one browser; alone, the export starts one on the print view itself.
      browser: options.browser ?? 'start-on-page',
    },
    async ({ page }) => {
      await checkChartsDrawn(page, slidesWithCharts(deck));
      const pageSlideIds = await readPrintPages(page);
      progress.step(commandMessage('stepPagesLaidOut', { pages: pageSlideIds.length }));
      const printing = printPdf(page, options.timeoutMs);
      printing.catch(() => {});
      // Node is idle while the browser prints: load pdf-lib meanwhile.
      const { finishPdf } = await import('./finish-pdf.ts');
      const slides = await printing;
      const handouts = new Map<PdfLayout, PrintedHandout>();
      for (const output of options.outputs) {
        if (output.layout === 'slides' || handouts.has(output.layout)) continue;
        const presenter = output.layout === 'presenter';
        progress.step(
          output.layout === 'presenter'
            ? commandMessage('stepPresenterHandout', {})
            : commandMessage('stepHandout', { perPage: output.layout }),
        );
        const handout = await printHandoutPages(
          page,
          presenter ? (options.presenterContext ?? context) : context,
          output.layout === 'presenter' ? 1 : output.layout,
          pageSlideIds,
          options.timeoutMs,
        );
        handouts.set(output.layout, handout);
      }
      progress.step(commandMessage('stepFinishingPdf', {}));
      // Finished while the browser shuts down: started on the next turn, once its close is under way.
      const finishing = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        Promise.all(
          options.outputs.map((output) =>
            finishPdf({
              deck,
              pageSlideIds,
              slides,
              handout: output.layout === 'slides' ? undefined : handouts.get(output.layout),
              attachments: output.layout === 'slides' ? chartAttachments(context) : [],
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
    progress.step(commandMessage('stepWriting', { file: displayPath(output.out) }));
    await writeAtomically(output.out, pdf.bytes);
    const bytes = (await stat(output.out)).size;
    files.push({ file: output.out, layout: output.layout, pages: pdf.pages, bytes });
    progress.done(commandMessage('doneWrotePdf', { file: displayPath(output.out), pages: pdf.pages, kilobytes: Math.round(bytes / 1024) }));
  }
  return { files };
}

/** Each chart's data, as the site's CSV files, carried by the presentation PDF. */
function chartAttachments(context: DeckContext): PdfAttachment[] {
  return chartDataFiles(context.deck).map(({ chart, file, slide }) => ({
    name: path.posix.basename(file),
    data: renderChartCsv(toChartView(chart.chart, context), context),
    mimeType: 'text/csv',
    description: `${slide.number}. ${chart.chart.title}`,
  }));
}

async function printPdf(page: Page, timeoutMs: number): Promise<Uint8Array> {
  try {
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
  } catch (error) {
    throw asTimeout(error, commandMessage('printTimeout', { seconds: timeoutMs / 1000 }));
  }
}

async function printHandoutPages(
  page: Page,
  context: DeckContext,
  perPage: HandoutPerPage,
  pageSlideIds: readonly string[],
  timeoutMs: number,
): Promise<PrintedHandout> {
  const { printHandout } = await import('./print-handout.ts');
  try {
    return await printHandout(page, context, perPage, pageSlideIds, timeoutMs);
  } catch (error) {
    throw asTimeout(error, commandMessage('handoutTimeout', { seconds: timeoutMs / 1000 }));
  }
}

/** A print that timed out, or that failed because the browser's temporary folder filled up, as its one-line error. */
function asTimeout(error: unknown, message: Message): unknown {
  if (error instanceof Error && error.name === 'TimeoutError') return new DeckError('timeout', message, { cause: error });
  return asTemporaryFolderFault(error, tmpdir()) ?? error;
}
