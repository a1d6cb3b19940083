import type { PDFDict, PDFDocument, PDFObject } from 'pdf-lib';
import { loadPdfLib } from './load-pdf-lib.ts';

const { PDFArray, PDFDict: Dict, PDFName } = loadPdfLib();

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4), which PDF/UA-1 readers know. */
const standardTypes = new Set([
  ...['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private'],
  ...['P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody'],
  ...['Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot'],
  ...['Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP'],
  ...['Figure', 'Formula', 'Form'],
]);

/** PDF 2.0's types, which Chromium writes (such as Strong for <strong>), as the PDF 1.7 types they stand for. */
const pdf2Types: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Div',
};

/**
 * Chromium tags a PDF 1.7 file with some PDF 2.0 structure types, which a PDF 1.7 reader does
 * not know: each is mapped to its standard type in the structure tree's role map, as PDF/UA-1
 * asks of any type outside the standard set (an unknown one becomes NonStruct). Returns the
 * types mapped.
 */
export function mapStructureTypes(pdf: PDFDocument): string[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), Dict);
  if (!root) return [];
  const found = new Set<string>();
  const seen = new Set<PDFObject>();
  const visit = (object: PDFObject | undefined): void => {
    const resolved = object ? pdf.context.lookup(object) : undefined;
    if (!resolved || seen.has(resolved)) return;
    seen.add(resolved);
    if (resolved instanceof PDFArray) {
      for (let index = 0; index < resolved.size(); index++) visit(resolved.get(index));
      return;
    }
    if (!(resolved instanceof Dict)) return;
    const type = resolved.get(PDFName.of('S'));
    if (type instanceof PDFName) found.add(type.decodeText());
    visit(resolved.get(PDFName.of('K')));
  };
  visit(root.get(PDFName.of('K')));
  const roleMap: PDFDict = root.lookupMaybe(PDFName.of('RoleMap'), Dict) ?? pdf.context.obj({});
  const mapped = [...found].filter((type) => !standardTypes.has(type) && !roleMap.has(PDFName.of(type))).sort();
  if (mapped.length === 0) return [];
  for (const type of mapped) roleMap.set(PDFName.of(type), PDFName.of(pdf2Types[type] ?? 'NonStruct'));
  root.set(PDFName.of('RoleMap'), roleMap);
  return mapped;
}
