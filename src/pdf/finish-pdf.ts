import type { Deck } from '../model/deck.ts';
import { addPdfOutline } from './add-pdf-outline.ts';
import { buildPdfOutline } from './build-pdf-outline.ts';
import { loadPdfLib } from './load-pdf-lib.ts';
import { mapStructureTypes } from './map-structure-types.ts';
import { markArtifacts } from './mark-artifacts.ts';
import type { PrintedHandout } from './print-handout.ts';
import { setPdfMetadata } from './set-pdf-metadata.ts';

/** A file carried inside the PDF, such as a chart's data as CSV. */
export interface PdfAttachment {
  name: string;
  data: Uint8Array | string;
  mimeType: string;
  description: string;
}

export interface FinishPdfOptions {
  deck: Deck;
  /** The slide id on each printed page. */
  pageSlideIds: readonly string[];
  /** Chromium's PDF of the slides. */
  slides: Uint8Array;
  /** Chromium's PDF of a handout's pages, slides included, for a handout. */
  handout?: PrintedHandout;
  attachments?: readonly PdfAttachment[];
  creator: string;
  createdAt: Date;
}

/** Chromium's output → the final PDF: attachments, the tags' role map, untagged content marked as artifacts, bookmarks, metadata. */
export async function finishPdf(options: FinishPdfOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  const { PDFDocument } = loadPdfLib();
  const { handout } = options;
  const pdf = await PDFDocument.load(handout ? handout.pdf : options.slides, { updateMetadata: false });
  for (const attachment of options.attachments ?? []) {
    await pdf.attach(typeof attachment.data === 'string' ? new TextEncoder().encode(attachment.data) : attachment.data, attachment.name, {
      mimeType: attachment.mimeType,
      description: attachment.description,
      creationDate: options.createdAt,
      modificationDate: options.createdAt,
    });
  }
  mapStructureTypes(pdf);
  markArtifacts(pdf);
  addPdfOutline(pdf, buildPdfOutline(options.deck, handout ? handout.pageSlideIds : options.pageSlideIds));
  setPdfMetadata(pdf, options.deck.meta, { creator: options.creator, createdAt: options.createdAt });
  return { bytes: await pdf.save({ useObjectStreams: true }), pages: pdf.getPageCount() };
}
