import type { PDFDocument as PdfDocument } from 'pdf-lib';
import { millimetresToPoints as pt } from './handout-layout.ts';
import { loadPdfLib } from './load-pdf-lib.ts';
import type { HandoutSlot } from './print-handout.ts';

const { PDFDocument, rgb } = loadPdfLib();

/**
 * Draws each slide page into its slot on the handout's pages, where the browser laid the slot out.
 * The slides stay vector shapes and real text (embedded as form XObjects), so the handout stays
 * selectable; a slide printed on several handout pages is embedded once.
 */
export async function composeHandout(slidesPdf: Uint8Array, handoutPdf: Uint8Array, slots: readonly HandoutSlot[]): Promise<PdfDocument> {
  const handout = await PDFDocument.load(handoutPdf, { updateMetadata: false });
  const slides = await PDFDocument.load(slidesPdf, { updateMetadata: false });
  const pages = handout.getPages();
  const wanted = [...new Set(slots.map((slot) => slot.printedPage))].sort((a, b) => a - b);
  const embedded = new Map((await handout.embedPdf(slides, wanted)).map((page, index) => [wanted[index], page]));
  for (const slot of slots) {
    const page = pages[slot.pageIndex];
    const slide = embedded.get(slot.printedPage);
    if (!page || !slide) throw new Error(`the handout has no page ${slot.pageIndex + 1} or slide page ${slot.printedPage + 1}`);
    const box = { x: pt(slot.x), y: page.getHeight() - pt(slot.y + slot.height), width: pt(slot.width), height: pt(slot.height) };
    page.drawPage(slide, box);
    page.drawRectangle({ ...box, borderColor: rgb(0.78, 0.78, 0.78), borderWidth: 0.75 });
  }
  return handout;
}
