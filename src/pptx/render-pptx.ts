import PptxGenJS from 'pptxgenjs';
import type { ChartShape, PptxDeck, PptxSlide, TextParagraph, TextShape } from './pptx-deck.ts';
import { refinePptxPackage } from './refine-pptx-package.ts';
import { masterOf, slideMasters } from './slide-masters.ts';

/** Writes the described deck with PptxGenJS: real text boxes, native charts, speaker notes. */
export async function renderPptx(deck: PptxDeck): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.meta.title;
  pptx.subject = deck.meta.subject;
  // Nothing claims an author the deck does not name (deck.yaml's author is empty by default).
  pptx.author = deck.meta.author;
  // PptxGenJS writes the company into docProps/app.xml without escaping it ("&" would break the
  // file): refinePptxPackage writes it instead.
  pptx.company = '';
  pptx.theme = { headFontFace: deck.fontFace, bodyFontFace: deck.fontFace };
  const lang = deck.meta.proofingLanguage;
  defineMasters(pptx, deck);
  for (const slide of deck.slides) addSlide(pptx, slide, deck.fontFace, lang);
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return refinePptxPackage(bytes, deck);
}

function defineMasters(pptx: PptxGenJS, deck: PptxDeck): void {
  // PptxGenJS gives a slide's placeholder text the layout placeholder's options, its name among them.
  const titleName = (kind: TextShape['placeholder']): string =>
    deck.slides.flatMap((slide) => slide.shapes).find((shape) => shape.kind === 'text' && shape.placeholder === kind)?.name ?? 'Title';
  const content: PptxGenJS.PlaceholderProps & PptxGenJS.ObjectNameProps = {
    name: slideMasters.content.placeholder,
    type: 'title',
    objectName: titleName('title'),
    ...deck.titleBox,
    margin: 0,
  };
  const cover: PptxGenJS.PlaceholderProps & PptxGenJS.ObjectNameProps = {
    name: slideMasters.cover.placeholder,
    type: 'title',
    objectName: titleName('centreTitle'),
    margin: 0,
  };
  pptx.defineSlideMaster({ title: slideMasters.content.name, objects: [{ placeholder: { options: content, text: '' } }] });
  pptx.defineSlideMaster({ title: slideMasters.cover.name, objects: [{ placeholder: { options: cover, text: '' } }] });
}

function addSlide(pptx: PptxGenJS, spec: PptxSlide, fontFace: string, lang: string): void {
  const master = masterOf(spec);
  const slide = pptx.addSlide({ masterName: master.name });
  slide.background = { color: spec.background };
  for (const shape of spec.shapes) {
    const position = { x: shape.box.x, y: shape.box.y, w: shape.box.w, h: shape.box.h };
    switch (shape.kind) {
      case 'text':
        slide.addText(textRuns(shape, fontFace, lang), {
          ...position,
          ...(shape.placeholder ? { placeholder: master.placeholder } : {}),
          objectName: shape.name,
          valign: shape.valign,
          ...(shape.align ? { align: shape.align } : {}),
          ...(shape.wrap === false ? { wrap: false } : {}),
          margin: 0,
          fontFace,
          lang,
        });
        break;
      case 'rect':
        slide.addShape(shape.radius ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
          ...position,
          objectName: shape.name,
          ...(shape.radius ? { rectRadius: shape.radius } : {}),
          fill: { color: shape.fill },
          line: { color: shape.fill, width: 0 },
          ...(shape.shadow ? { shadow: { type: 'outer', color: '1B2430', opacity: 0.15, blur: 3, offset: 1, angle: 90 } } : {}),
        });
        break;
      case 'rule':
        slide.addShape(pptx.ShapeType.line, { ...position, objectName: shape.name, line: { color: shape.color, width: shape.width } });
        break;
      case 'chart':
        addChart(pptx, slide, shape, fontFace, lang);
        break;
    }
  }
  slide.addNotes(notesText(spec));
}

/** The spoken script, then the presenter hints after a rule and a label, so they read as apart from it. */
export function notesText(spec: Pick<PptxSlide, 'notes' | 'hints' | 'hintLabel'>): string {
  const script = spec.notes.join('\n\n');
  if (spec.hints.length === 0) return script;
  return `${script}\n\n————————————\n${spec.hintLabel}:\n${spec.hints.join('\n\n')}`;
}

function textRuns(shape: TextShape, fontFace: string, lang: string): PptxGenJS.TextProps[] {
  return shape.paragraphs.flatMap((paragraph, index) =>
    paragraph.runs.map((run, runIndex) => ({
      text: run.text,
      options: {
        // Paragraph options go on a paragraph's first run only: on a later run PptxGenJS would start a new paragraph.
        ...(runIndex === 0 ? paragraphOptions(paragraph) : {}),
        fontFace,
        lang,
        fontSize: run.fontSize ?? paragraph.fontSize,
        color: run.color ?? paragraph.color,
        bold: run.bold ?? paragraph.bold ?? false,
        italic: run.italic ?? false,
        ...(run.breakBefore ? { softBreakBefore: true } : {}),
        // A paragraph ends after its last run, except the shape's last paragraph.
        breakLine: runIndex === paragraph.runs.length - 1 && index < shape.paragraphs.length - 1,
      },
    })),
  );
}

function paragraphOptions(paragraph: TextParagraph): PptxGenJS.TextPropsOptions {
  return {
    ...(paragraph.bullet
      ? {
          bullet:
            paragraph.bullet === 'number'
              ? { type: 'number', indent: paragraph.indent, ...(paragraph.startAt ? { numberStartAt: paragraph.startAt } : {}) }
              : { indent: paragraph.indent },
        }
      : {}),
    ...(paragraph.spaceBefore !== undefined ? { paraSpaceBefore: paragraph.spaceBefore } : {}),
    ...(paragraph.spaceAfter !== undefined ? { paraSpaceAfter: paragraph.spaceAfter } : {}),
    // Exact line heights, as CSS line-height gives them, whatever the font's own spacing: a
    // substitute font then takes no more height than Be Vietnam Pro.
    ...(paragraph.lineSpacing !== undefined ? { lineSpacing: round(largestSize(paragraph) * paragraph.lineSpacing) } : {}),
    ...(paragraph.charSpacing !== undefined ? { charSpacing: paragraph.charSpacing } : {}),
    ...(paragraph.tabStop !== undefined ? { tabStops: [{ position: paragraph.tabStop }] } : {}),
  };
}

function largestSize(paragraph: TextParagraph): number {
  return Math.max(paragraph.fontSize, ...paragraph.runs.map((run) => run.fontSize ?? 0));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, shape: ChartShape, fontFace: string, lang: string): void {
  const { style, items } = shape;
  const data = [{ name: shape.title, labels: items.map((item) => item.label), values: items.map((item) => item.value) }];
  const common: PptxGenJS.IChartOpts = {
    x: shape.box.x,
    y: shape.box.y,
    w: shape.box.w,
    h: shape.box.h,
    objectName: shape.name,
    altText: shape.altText,
    lang,
    // The title is a text box above the chart, as on the web deck, so it wraps like text or not at all.
    showTitle: false,
    chartColors: items.map((item) => item.fill),
    showValue: true,
    // Each value's own format and colour are set per point by refinePptxPackage; these are the defaults.
    dataLabelFormatCode: items[0]?.formatCode ?? 'General',
    dataLabelFontFace: fontFace,
    dataLabelFontSize: style.valueLabelSize,
    dataLabelFontBold: true,
    dataLabelColor: items[0]?.labelColor ?? style.textColor,
    dataNoEffects: true,
  };
  if (shape.chartType === 'doughnut') {
    slide.addChart(pptx.ChartType.doughnut, data, {
      ...common,
      holeSize: 42,
      dataBorder: { pt: 2.25, color: style.sliceBorder },
      showPercent: false,
      showLabel: false,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: fontFace,
      legendFontSize: style.legendSize,
      legendColor: style.textColor,
    });
    return;
  }
  const horizontal = shape.chartType === 'horizontalBar';
  slide.addChart(pptx.ChartType.bar, data, {
    ...common,
    barDir: horizontal ? 'bar' : 'col',
    barGapWidthPct: horizontal ? 60 : 100,
    dataLabelPosition: 'outEnd',
    showLegend: false,
    catAxisLabelFontFace: fontFace,
    catAxisLabelFontSize: style.tickSize,
    catAxisLabelFontBold: true,
    catAxisLabelColor: style.textColor,
    catAxisLineShow: false,
    catAxisMajorTickMark: 'none',
    // A horizontal chart lists its items from the top down, as on the web deck, with the values'
    // scale still at the bottom ("high" is the bottom once the categories run top down).
    // PptxGenJS's types know only the default orientation; OOXML takes "maxMin" too.
    ...(horizontal ? { catAxisOrientation: 'maxMin' as 'minMax', valAxisLabelPos: 'high' as const } : {}),
    // The web deck's axis (src/charts/value-scale.ts): from zero, so that a bar's length is its
    // value, to the same round maximum, with ticks at the same steps.
    valAxisMinVal: shape.scale.min,
    valAxisMaxVal: shape.scale.max,
    valAxisMajorUnit: shape.scale.step,
    valAxisLabelFontFace: fontFace,
    valAxisLabelFontSize: style.valueTickSize,
    valAxisLabelColor: style.mutedColor,
    valAxisLineShow: false,
    valAxisMajorTickMark: 'none',
    valAxisLabelFormatCode: '#,##0',
    valGridLine: { color: style.gridColor, size: 0.75 },
    catGridLine: { style: 'none' },
  });
}
