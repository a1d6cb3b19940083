import type { Deck } from '../model/deck.ts';
import { addPdfOutline } from './add-pdf-outline.ts';
import { buildPdfOutline } from './build-pdf-outline.ts';
import { composeHandout } from './compose-handout.ts';
import { loadPdfLib } from './load-pdf-lib.ts';
import { setPdfMetadata } from './set-pdf-metadata.ts';

export interface FinishPdfOptions {
  deck: Deck;
  /** The slide id on each printed page. */
  pageSlideIds: readonly string[];
  /** Chromium's PDF of the slides. */
  slides: Uint8Array;
  /** Chromium's PDF of the handout's notes pages, for a handout. */
  notes?: Uint8Array;
  creator: string;
  createdAt: Date;
}

/** Chromium's output → the final PDF: handout composed if asked, bookmarks, metadata. */
export async function finishPdf(options: FinishPdfOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  const { PDFDocument } = loadPdfLib();
  const pdf = options.notes
    ? await composeHandout(options.slides, options.notes)
    : await PDFDocument.load(options.slides, { updateMetadata: false });
  addPdfOutline(pdf, buildPdfOutline(options.deck, options.pageSlideIds));
  setPdfMetadata(pdf, options.deck.meta, { creator: options.creator, createdAt: options.createdAt });
  return { bytes: await pdf.save({ useObjectStreams: true }), pages: pdf.getPageCount() };
}
