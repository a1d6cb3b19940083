import JSZip from 'jszip';
import type { ChartShape } from './pptx-deck.ts';

/**
 * Gives each value cell of a chart's embedded workbook (what Edit Data opens) the value label's own
 * number format, `"trên "#,##0" lượt người"`: the workbook then shows the same qualifier and unit as
 * the slide, and the number stays a number. PptxGenJS 4 writes no cell formats at all.
 */
export async function addWorkbookFormats(zip: JSZip, chartPart: string, chart: ChartShape): Promise<void> {
  const relsPart = chartPart.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels');
  const rels = (await zip.file(relsPart)?.async('string')) ?? '';
  const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1];
  if (!target) throw new Error(`no embedded workbook for the chart "${chart.title}"`);
  const workbookPart = `ppt/embeddings/${target}`;
  const workbook = await JSZip.loadAsync((await zip.file(workbookPart)?.async('uint8array')) ?? new Uint8Array());
  const styles = (await workbook.file('xl/styles.xml')?.async('string')) ?? '';
  const sheet = (await workbook.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  if (!styles.includes('<numFmts') || !sheet.includes('<sheetData>')) throw new Error(`unexpected workbook for the chart "${chart.title}"`);

  // Custom number formats are numbered from 164; cell format 0 stays the default, item i is format i + 1.
  const formats = chart.items.map((item, index) => `<numFmt numFmtId="${164 + index}" formatCode="${escapeXml(item.formatCode)}"/>`);
  const cellFormats = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    ...chart.items.map(
      (_item, index) => `<xf numFmtId="${164 + index}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    ),
  ];
  const withFormats = styles
    .replace(/<numFmts count="\d+">([\s\S]*?)<\/numFmts>/, (_match, existing: string) => {
      const all = `${existing}${formats.join('')}`;
      return `<numFmts count="${(all.match(/<numFmt /g) ?? []).length}">${all}</numFmts>`;
    })
    .replace(
      /(<dxfs)/,
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${cellFormats.length}">${cellFormats.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>$1`,
    );
  // Values are column B from row 2, in item order.
  const withStyledCells = sheet.replace(/<c r="B(\d+)"(?: s="\d+")?>/g, (match, row: string) => {
    const index = Number(row) - 2;
    return index >= 0 && index < chart.items.length ? `<c r="B${row}" s="${index + 1}">` : match;
  });
  workbook.file('xl/styles.xml', withFormats);
  workbook.file('xl/worksheets/sheet1.xml', withStyledCells);
  zip.file(workbookPart, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
