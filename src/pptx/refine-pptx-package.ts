import JSZip from 'jszip';
import { addWorkbookFormats } from './add-workbook-formats.ts';
import type { ChartShape, PptxDeck, PptxSlide } from './pptx-deck.ts';
import { masterOf, slideMasters } from './slide-masters.ts';

/**
 * What PptxGenJS 4 cannot say, added to its output: each value label's own number format and colour
 * (a chart's items may differ in qualifier and unit); a derived bar's or slice's hatching and outline;
 * bullets in the accent colour; the cover's centre title; decorative shapes marked as such; the
 * deck's language on every run of every part; the document's language and keywords in
 * docProps/core.xml; the company, escaped, in docProps/app.xml; and one fix of its paragraph properties.
 */
export async function refinePptxPackage(bytes: Uint8Array, deck: PptxDeck): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const lang = deck.meta.proofingLanguage;
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
  const slideParts = orderedParts(zip, /^ppt\/slides\/slide\d+\.xml$/);
  if (slideParts.length !== deck.slides.length) throw new Error(`PptxGenJS wrote ${slideParts.length} slides for ${deck.slides.length}`);
  for (const [index, part] of slideParts.entries()) {
    const spec = deck.slides[index] as PptxSlide;
    const xml = (await zip.file(part)?.async('string')) ?? '';
    zip.file(part, withCentreTitle(withDecorativeShapes(withBulletColour(withOneParagraphProperties(xml), deck.bulletColor), spec), spec));
  }
  for (const part of Object.keys(zip.files).filter((name) => name.startsWith('ppt/slideLayouts/') && name.endsWith('.xml'))) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    if (xml.includes(`<p:cSld name="${slideMasters.cover.name}"`))
      zip.file(part, xml.replace(/(<p:ph\b[^>]*\btype=")title"/, '$1ctrTitle"'));
  }
  // Every part in the deck's language, the masters, layouts, fields and notes included, so that
  // spelling is checked and text is read in the right one: PptxGenJS writes en-US in places.
  for (const part of Object.keys(zip.files).filter((name) => /^ppt\/.*\.xml$/.test(name))) {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    zip.file(part, withLanguage(xml, lang));
  }
  const core = await zip.file('docProps/core.xml')?.async('string');
  if (core === undefined) throw new Error('PptxGenJS wrote no docProps/core.xml');
  zip.file('docProps/core.xml', withCoreLanguage(core, deck));
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
        `<c:numFmt formatCode="${escapeXml(item.formatCode).replaceAll('\n', '&#10;')}" sourceLinked="0"/>`,
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>',
        // wrap="none": a label is one quantity, which must not break across lines.
        `<c:txPr><a:bodyPr wrap="none"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${Math.round(chart.style.valueLabelSize * 100)}" b="1">`,
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
  // A derived bar or slice is hatched and outlined in its colour, as on the web deck; its fill is the
  // first thing in its <c:spPr>. A doughnut's slices keep the white border PptxGenJS gave them.
  return refined.replace(
    /(<c:dPt>\s*<c:idx val="(\d+)"\/>[\s\S]*?<c:spPr>)(<a:solidFill>[\s\S]*?<\/a:solidFill>)(\s*<a:ln\b)?/g,
    (match, start: string, index: string, _fill: string, border: string | undefined) => {
      const item = chart.items[Number(index)];
      if (!item?.outline || !item.hatch) return match;
      const hatch = `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${item.hatch}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>`;
      return border
        ? `${start}${hatch}${border}`
        : `${start}${hatch}<a:ln w="28575"><a:solidFill><a:srgbClr val="${item.outline}"/></a:solidFill></a:ln>`;
    },
  );
}

/** List bullets and numbers in the accent colour: <a:buClr> comes before the bullet's size, font and character. */
function withBulletColour(xml: string, colour: string): string {
  return xml.replace(/<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, (properties) => {
    if (!/<a:bu(?:Char|AutoNum)\b/.test(properties) || properties.includes('<a:buClr>')) return properties;
    return properties.replace(
      /<a:bu(?:SzPct|SzPts|SzTx|FontTx|Font|Char|AutoNum)\b/,
      (first) => `<a:buClr><a:srgbClr val="${colour}"/></a:buClr>${first}`,
    );
  });
}

/**
 * PptxGenJS 4 writes an <a:pPr> before every run of a paragraph with several runs (a bullet with a
 * bold phrase in it); only the first, right after <a:p>, is valid, so the others are dropped.
 */
function withOneParagraphProperties(xml: string): string {
  return xml.replace(/(<\/a:r>|<a:br\/>)<a:pPr\b[^>]*>(?:(?!<\/a:pPr>)[\s\S])*<\/a:pPr>/g, '$1');
}

/** Every run's language, and no alternative one; PptxGenJS's empty custom prompts dropped. */
function withLanguage(xml: string, lang: string): string {
  return xml
    .replace(/(\s)lang="[^"]*"/g, `$1lang="${lang}"`)
    .replace(/\saltLang="[^"]*"/g, '')
    .replace(/\s*hasCustomPrompt="1"/g, '');
}

/**
 * Shapes that only decorate (rules, bands, the cover's card, a figure's card and edge) are marked
 * decorative, as PowerPoint marks them: its accessibility check then asks no alternative text of
 * them, and screen readers pass them by. PptxGenJS cannot say so.
 */
function withDecorativeShapes(xml: string, spec: PptxSlide): string {
  let refined = xml;
  for (const shape of spec.shapes) {
    if (!('decorative' in shape) || !shape.decorative) continue;
    const opening = new RegExp(`<p:cNvPr id="\\d+" name="${escapeRegExp(escapeXml(shape.name))}"(/?)>`);
    if (!opening.test(refined)) throw new Error(`no shape "${shape.name}" on slide ${spec.id}`);
    refined = refined.replace(opening, (tag, closed: string) => {
      const open = closed ? tag.replace(/\/>$/, '>') : tag;
      return `${open}${decorativeMark}${closed ? '</p:cNvPr>' : ''}`;
    });
  }
  return refined;
}

const decorativeMark =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';

/** The cover's title is a centre title: PptxGenJS knows only "title" placeholders. */
function withCentreTitle(xml: string, spec: PptxSlide): string {
  if (masterOf(spec) !== slideMasters.cover) return xml;
  return xml.replace(/(<p:ph\b[^>]*\btype=")title"/, '$1ctrTitle"');
}

function orderedParts(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files)
    .filter((name) => pattern.test(name))
    .sort((a, b) => partNumber(a) - partNumber(b));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withCoreLanguage(core: string, deck: PptxDeck): string {
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
