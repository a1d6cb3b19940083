import type { PDFDocument as PdfDocument } from 'pdf-lib';
import { handoutLayout as layout, millimetresToPoints as pt } from './handout-layout.ts';
import { loadPdfLib } from './load-pdf-lib.ts';

const { PDFDocument, rgb } = loadPdfLib();

/**
 * Draws each slide page into the empty slot on top of its notes page. The slides stay
 * vector shapes and real text (embedded as form XObjects), so the handout stays selectable.
 */
export async function composeHandout(slidesPdf: Uint8Array, notesPdf: Uint8Array): Promise<PdfDocument> {
  const handout = await PDFDocument.load(notesPdf, { updateMetadata: false });
  const slides = await PDFDocument.load(slidesPdf, { updateMetadata: false });
  const pages = handout.getPages();
  if (pages.length !== slides.getPageCount()) {
    throw new Error(`the handout has ${pages.length} notes pages for ${slides.getPageCount()} slide pages`);
  }
  const embedded = await handout.embedPdf(slides, slides.getPageIndices());
  pages.forEach((page, index) => {
    const slide = embedded[index];
    if (!slide) return;
    const box = {
      x: pt(layout.margin),
      y: page.getHeight() - pt(layout.slideTop + layout.slideHeight),
      width: pt(layout.slideWidth),
      height: pt(layout.slideHeight),
    };
    page.drawPage(slide, box);
    page.drawRectangle({ ...box, borderColor: rgb(0.78, 0.78, 0.78), borderWidth: 0.75 });
  });
  return handout;
}
