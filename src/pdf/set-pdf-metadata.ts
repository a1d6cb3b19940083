import type { PDFDocument } from 'pdf-lib';
import type { DeckMeta } from '../model/deck.ts';

export interface PdfMetadataOptions {
  /** The tool that made the PDF, such as "tn-2016-deck 1.0.0". */
  creator: string;
  /** When the PDF was made; the deck's own date is a period (such as a year), kept in the keywords. */
  createdAt: Date;
}

/** Title, author, subject, keywords and language, all from the deck's index in slides/. */
export function setPdfMetadata(pdf: PDFDocument, meta: DeckMeta, options: PdfMetadataOptions): void {
  const producer = pdf.getProducer();
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  // Only an author deck.yaml names: the PDF claims no author the source does not give.
  if (meta.author) pdf.setAuthor(meta.author);
  pdf.setSubject(meta.description);
  // pdf-lib joins keywords with spaces, and ours contain spaces and commas: join them with semicolons.
  pdf.setKeywords([[...meta.keywords, meta.date].join('; ')]);
  pdf.setLanguage(meta.lang);
  pdf.setCreator(options.creator);
  pdf.setProducer(producer ? `${producer}; pdf-lib` : 'pdf-lib');
  pdf.setCreationDate(options.createdAt);
  pdf.setModificationDate(options.createdAt);
}
