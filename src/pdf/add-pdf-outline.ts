import type { PDFDocument, PDFRef } from 'pdf-lib';
import type { OutlineEntry } from './build-pdf-outline.ts';
import { loadPdfLib } from './load-pdf-lib.ts';

const { PDFHexString, PDFName, PDFNumber } = loadPdfLib();

/**
 * Writes the bookmarks as PDF outline dictionaries (pdf-lib has no outline API) and asks the
 * viewer to show them. Every entry is open, so its children show at once.
 */
export function addPdfOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = pdf;
  const pageRefs = pdf.getPages().map((page) => page.ref);

  const addLevel = (level: readonly OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = level.map(() => context.nextRef());
    let count = 0;
    level.forEach((entry, index) => {
      const page = pageRefs[entry.pageIndex];
      if (!page) throw new Error(`bookmark "${entry.title}" points at page ${entry.pageIndex + 1} of ${pageRefs.length}`);
      const dict = context.obj({ Title: PDFHexString.fromText(entry.title), Parent: parent, Dest: [page, 'Fit'] });
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      count += 1;
      const ref = refs[index] as PDFRef;
      if (entry.children.length > 0) {
        const children = addLevel(entry.children, ref);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        dict.set(PDFName.of('Count'), PDFNumber.of(children.count));
        count += children.count;
      }
      context.assign(ref, dict);
    });
    return { first: refs[0] as PDFRef, last: refs.at(-1) as PDFRef, count };
  };

  const rootRef = context.nextRef();
  const top = addLevel(entries, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  pdf.catalog.set(PDFName.of('Outlines'), rootRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
