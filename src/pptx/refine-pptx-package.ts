import JSZip from 'jszip';
import { addWorkbookFormats } from './add-workbook-formats.ts';
import type { ChartShape, PptxDeck } from './pptx-deck.ts';
import { proofingLanguage } from './proofing-language.ts';

/**
 * What PptxGenJS 4 cannot say, added to its output: each value label's own number format and colour
 * (a chart's items may differ in qualifier and unit, and a derived value is grey); the document's
 * language and keywords in docProps/core.xml; the company, escaped, in docProps/app.xml; and one
 * fix of its paragraph properties.
 */
export async function refinePptxPackage(bytes: Uint8Array, deck: PptxDeck): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const lang = proofingLanguage(deck.meta.lang);
  const charts = deck.slides.flatMap((slide) => slide.shapes.filter((shape): shape is ChartShape => shape.kind === 'chart'));
  // PptxGenJS numbers chart parts in the order the charts were added, with a counter that runs on
  // across presentations made in the same process: the numbers grow but need not start at 1.
  const parts = Object.keys(zip.files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => partNumber(a) - partNumber(b));
  if (parts.length !== charts.length) throw new Error(`PptxGenJS wrote ${parts.length} chart parts for ${charts.length} charts`);
  for (const [index, chart] of charts.entries()) {
    const part = parts[index] ?? '';
    const xml = (await zip.file(part)?.async('string')) ?? '';
    zip.file(part, withPointLabels(xml, chart, lang, deck.fontFace));
    await addWorkbookFormats(zip, part, chart);
  }
  for (const part of Object.keys(zip.files)) {
    const xml = /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(part) ? await zip.file(part)?.async('string') : undefined;
    if (xml === undefined) continue;
    // Notes are written in the deck's language too, so spelling is checked in the right one.
    zip.file(part, part.startsWith('ppt/slides/') ? withOneParagraphProperties(xml) : xml.replaceAll('lang="en-US"', `lang="${lang}"`));
  }
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core === undefined) throw new Error('PptxGenJS wrote no docProps/core.xml');
  zip.file('docProps/core.xml', withLanguage(core, deck));
  const app = await zip.file('docProps/app.xml')?.async('string');
  if (app === undefined || !app.includes('<Company></Company>')) throw new Error('PptxGenJS wrote no empty <Company> in docProps/app.xml');
  zip.file(
    'docProps/app.xml',
    app.replace('<Company></Company>', () => `<Company>${escapeXml(deck.meta.author)}</Company>`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function withPointLabels(xml: string, chart: ChartShape, lang: string, fontFace: string): string {
  const pointLabels = chart.items
    .map((item, index) =>
      [
        `<c:dLbl><c:idx val="${index}"/>`,
        `<c:numFmt formatCode="${escapeXml(item.formatCode)}" sourceLinked="0"/>`,
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>',
        `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(chart.style.valueLabelSize * 100)}" b="1">`,
        `<a:solidFill><a:srgbClr val="${item.labelColor}"/></a:solidFill><a:latin typeface="${escapeXml(fontFace)}"/></a:defRPr></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>`,
        // PowerPoint rejects a label position on a doughnut's labels; they sit on their slice.
        chart.chartType === 'doughnut' ? '' : '<c:dLblPos val="outEnd"/>',
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>',
        '</c:dLbl>',
      ].join(''),
    )
    .join('');
  // Per-point labels come first in the series' <c:dLbls> (CT_DLbls); they replace any PptxGenJS wrote.
  const series = /(<c:ser>[\s\S]*?<c:dLbls>)(?:\s*<c:dLbl>[\s\S]*?<\/c:dLbl>)*/;
  if (!series.test(xml)) throw new Error(`no data labels found in the chart "${chart.title}"`);
  const refined = xml.replace(series, (_match, start: string) => `${start}${pointLabels}`);
  if (chart.chartType === 'doughnut') return refined;
  // A derived bar is outlined, as on the web deck; a bar's fill is the first thing in its <c:spPr>.
  return refined.replace(/(<c:dPt>\s*<c:idx val="(\d+)"\/>[\s\S]*?<\/a:solidFill>)/g, (match, _all: string, index: string) => {
    const outline = chart.items[Number(index)]?.outline;
    return outline ? `${match}<a:ln w="28575"><a:solidFill><a:srgbClr val="${outline}"/></a:solidFill></a:ln>` : match;
  });
}

/**
 * PptxGenJS 4 writes an <a:pPr> before every run of a paragraph with several runs (a bullet with a
 * bold phrase in it); only the first, right after <a:p>, is valid, so the others are dropped.
 */
function withOneParagraphProperties(xml: string): string {
  return xml.replace(/(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*>(?:(?!<\/a:pPr>)[\s\S])*<\/a:pPr>/g, '$1');
}

function withLanguage(core: string, deck: PptxDeck): string {
  const extra = [
    `<dc:language>${escapeXml(deck.meta.lang)}</dc:language>`,
    deck.meta.keywords.length > 0 ? `<cp:keywords>${escapeXml(deck.meta.keywords.join('; '))}</cp:keywords>` : '',
  ].join('');
  // A function replacement: "$&" or "$'" in a keyword is text, not a replacement pattern.
  return core.replace('</cp:coreProperties>', (end) => `${extra}${end}`);
}

function partNumber(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
