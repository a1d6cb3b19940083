import { decodePDFRawStream, PDFDocument, PDFName, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { markArtifacts, tokenize } from '../../../src/pdf/mark-artifacts.ts';

/** A one-page PDF whose page draws `content`, with one untagged form `/Fm` drawing `form`. */
async function pageWith(content: string, form = '0 0 5 5 re f'): Promise<{ pdf: PDFDocument; read: () => string; readForm: () => string }> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([100, 100]);
  const formRef = pdf.context.register(pdf.context.stream(form, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10] }));
  page.node.setXObject(PDFName.of('Fm'), formRef);
  const contents = pdf.context.register(pdf.context.stream(content));
  page.node.set(PDFName.of('Contents'), contents);
  const text = (ref: PDFRef): string => {
    const stream = pdf.context.lookup(ref) as PDFRawStream;
    return String.fromCharCode(...decodePDFRawStream(stream).decode());
  };
  return { pdf, read: () => text(contents), readForm: () => text(formRef) };
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('markArtifacts', () => {
  it('marks untagged text, paths and forms as artifacts, and leaves tagged content and clips as they were', async () => {
    const { pdf, read } = await pageWith(
      [
        '/P <</MCID 0>> BDC BT /F1 12 Tf 10 10 Td (Tagged \\) text) Tj ET EMC',
        'BT /F1 8 Tf 90 5 Td <0034> Tj [(a) -20 (b)] TJ ET',
        '0 0 100 100 re W n',
        '0 0 100 100 re f',
        'q /Fm Do Q',
      ].join('\n'),
    );
    expect(markArtifacts(pdf)).toBe(4);
    expect(squash(read())).toBe(
      squash(`/P <</MCID 0>> BDC BT /F1 12 Tf 10 10 Td (Tagged \\) text) Tj ET EMC
        BT /F1 8 Tf 90 5 Td /Artifact BMC <0034> Tj EMC /Artifact BMC [(a) -20 (b)] TJ EMC ET
        0 0 100 100 re W n
        /Artifact BMC 0 0 100 100 re f EMC
        q /Artifact BMC /Fm Do EMC Q`),
    );
  });

  it('marks inside a form that holds tagged content instead of around it', async () => {
    const { pdf, read, readForm } = await pageWith('/Fm Do', '/Span <</MCID 1>> BDC BT (x) Tj ET EMC 0 0 1 1 re S');
    expect(markArtifacts(pdf)).toBe(1);
    expect(squash(read())).toBe('/Fm Do');
    expect(squash(readForm())).toBe('/Span <</MCID 1>> BDC BT (x) Tj ET EMC /Artifact BMC 0 0 1 1 re S EMC');
  });

  it('reads strings with parentheses, hex strings, dictionaries and inline images as operands', () => {
    const operators = tokenize('(a (b) \\( c) Tj <</A [1 2] /B (x)>> BDC <00ff> Tj BI /W 1 /H 1 ID \u0000EI\u0001 EI Q').map(
      (operation) => operation.operator,
    );
    expect(operators).toEqual(['Tj', 'BDC', 'Tj', 'BI', 'Q']);
  });
});
