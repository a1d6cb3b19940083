import { derivedNotes } from '../charts/derived-notes.ts';
import { chartTheme } from '../charts/theme.ts';
import { toChartView } from '../charts/to-chart-view.ts';
import type { Block, ChartSpec, Deck, FigureSpec, Inline, Section, Slide } from '../model/deck.ts';
import { pixelsPerInch, slideGeometry } from '../model/geometry.ts';
import { narrowColumnShare, type SlideLayout, slideLayout } from '../model/layout.ts';
import type { Locale } from '../model/locale.ts';
import { quantityParts, quantityText } from '../model/quantity.ts';
import { blend, chartPalette, fontFamilies, paleAlpha, palette } from '../theme/palette.ts';
import type { Box, ChartShape, PptxDeck, PptxShape, PptxSlide, TextParagraph, TextRun, TextShape } from './pptx-deck.ts';
import { valueFormatCode } from './value-format-code.ts';

/** The slide in inches, from the deck's geometry: 1280 × 720 px is 13.333 × 7.5 in, and 1 px is 0.75 pt. */
const inches = (px: number): number => px / pixelsPerInch;
const pt = (px: number): number => (px * 72) / pixelsPerInch;
const slideSize = { w: round(inches(slideGeometry.width)), h: round(inches(slideGeometry.height)) };
const margin = 0.5;
const contentWidth = slideSize.w - 2 * margin;
const columnGap = 0.5;
const narrowWidth = round(contentWidth * narrowColumnShare);
const header = { top: 0.3, ruleY: 1.62, bodyTop: 1.92 };
const bodyBottom = slideSize.h - 0.45;

const hex = (colour: string): string => colour.replace('#', '').toUpperCase();
const colours = {
  red: hex(palette.red),
  redDark: hex(palette.redDark),
  gold: hex(palette.gold),
  navy: hex(palette.navy),
  text: hex(palette.text),
  muted: hex(palette.muted),
  page: hex(palette.page),
  card: hex(palette.card),
  white: hex(palette.white),
  titleOrg: hex(palette.titleOrg),
};

/** How text looks on a slide's background: dark on the page, light on the red title panel. */
interface Ink {
  text: string;
  strong: string;
  muted: string;
}
const onPage: Ink = { text: colours.text, strong: colours.redDark, muted: colours.muted };
const onRed: Ink = { text: colours.white, strong: colours.white, muted: colours.titleOrg };

/** Deck → a plain description of every PowerPoint slide: one slide per deck slide, in order. */
export function buildPptxSlides(deck: Deck, locale: Locale): PptxDeck {
  const { meta } = deck;
  return {
    meta: { title: meta.title, subject: meta.description, author: meta.author, lang: meta.lang, keywords: meta.keywords },
    fontFace: fontFamilies[0],
    slides: deck.sections.flatMap((section) =>
      section.slides.map((slide) => {
        const layout = slideLayout(slide);
        const built =
          layout.kind === 'title' ? titleSlide(deck, slide, layout.blocks, locale) : contentSlide(section, slide, layout, locale);
        return { ...built, shapes: built.shapes.map((shape) => ({ ...shape, box: roundBox(shape.box) })) };
      }),
    ),
  };
}

function titleSlide(deck: Deck, slide: Slide, blocks: readonly Block[], locale: Locale): PptxSlide {
  const left = inches(88);
  const width = slideSize.w - 2 * left;
  const ruleY = 4.3;
  const heading: TextShape = {
    kind: 'text',
    name: 'Title',
    box: { x: left, y: 0.5, w: width, h: ruleY - 0.2 - 0.5 },
    valign: 'bottom',
    paragraphs: [
      {
        runs: [{ text: locale.upper(deck.meta.author) }],
        fontSize: pt(22),
        color: colours.titleOrg,
        bold: true,
        charSpacing: 1.3,
        spaceAfter: pt(20),
      },
      { runs: [{ text: slide.title }], fontSize: pt(58), color: colours.white, bold: true, lineSpacing: 1.15 },
    ],
  };
  const shapes: PptxShape[] = [
    heading,
    { kind: 'rule', name: 'Title rule', box: { x: left, y: ruleY, w: width, h: 0 }, color: colours.gold, width: 3 },
  ];
  const body = stackColumn(blocks, { x: left, y: ruleY + 0.3, w: width, h: bodyBottom - ruleY - 0.3 }, onRed, pt(32), locale);
  return { id: slide.id, layout: 'title', background: colours.red, shapes: [...shapes, ...body], notes: slide.notes };
}

function contentSlide(section: Section, slide: Slide, layout: Exclude<SlideLayout, { kind: 'title' }>, locale: Locale): PptxSlide {
  const heading: TextShape = {
    kind: 'text',
    name: 'Title',
    box: { x: margin, y: header.top, w: contentWidth, h: header.ruleY - 0.08 - header.top },
    valign: 'bottom',
    paragraphs: [
      {
        runs: [{ text: locale.upper(section.title) }],
        fontSize: pt(18),
        color: colours.red,
        bold: true,
        charSpacing: 1.1,
        spaceAfter: pt(4),
      },
      { runs: [{ text: slide.title }], fontSize: pt(42), color: colours.navy, bold: true, lineSpacing: 1.1 },
    ],
  };
  const rule: PptxShape = {
    kind: 'rule',
    name: 'Title rule',
    box: { x: margin, y: header.ruleY, w: contentWidth, h: 0 },
    color: colours.gold,
    width: 2.25,
  };
  const area = { x: margin, y: header.bodyTop, w: contentWidth, h: bodyBottom - header.bodyTop };
  return {
    id: slide.id,
    layout: layout.kind,
    background: colours.page,
    slideNumber: { box: { x: slideSize.w - margin - 0.8, y: slideSize.h - 0.4, w: 0.8, h: 0.3 }, fontSize: pt(16), color: colours.muted },
    shapes: [heading, rule, ...bodyShapes(layout, area, locale)],
    notes: slide.notes,
  };
}

/** The body in the columns the model's layout gives (src/model/layout.ts), as the web deck places them. */
function bodyShapes(layout: Exclude<SlideLayout, { kind: 'title' }>, area: Box, locale: Locale): PptxShape[] {
  const fontSize = pt(30);
  const narrow = { ...area, w: narrowWidth };
  const wide = { ...area, x: area.x + narrowWidth + columnGap, w: area.w - narrowWidth - columnGap };
  switch (layout.kind) {
    case 'chart': {
      const beside = layout.text.length > 0;
      return [
        ...stackColumn(layout.text, beside ? narrow : area, onPage, fontSize, locale),
        ...chartColumn(layout.charts, beside ? wide : area, locale),
      ];
    }
    case 'figure': {
      const beside = layout.text.length > 0;
      return [
        ...stackColumn(layout.figures, beside ? narrow : area, onPage, fontSize, locale),
        ...stackColumn(layout.text, wide, onPage, fontSize, locale),
      ];
    }
    case 'text':
      return stackColumn(layout.text, area, onPage, fontSize, locale);
  }
}

const figureGap = 0.25;

/** Figures as cards of fixed height; runs of text share what is left, in proportion to their length. */
function stackColumn(blocks: readonly Block[], area: Box, ink: Ink, fontSize: number, locale: Locale): PptxShape[] {
  const groups: Block[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type !== 'figure' && last && last[0]?.type !== 'figure') last.push(block);
    else groups.push([block]);
  }
  const height = (figure: FigureSpec): number => figureHeight(figure, locale, area.w);
  const fixed = groups.reduce((sum, group) => sum + (group[0]?.type === 'figure' ? height(group[0].figure) + figureGap : 0), 0);
  const textLength = groups.reduce((sum, group) => sum + (group[0]?.type === 'figure' ? 0 : groupLength(group, locale)), 0);
  const shapes: PptxShape[] = [];
  let y = area.y;
  for (const [index, group] of groups.entries()) {
    const first = group[0];
    if (first?.type === 'figure') {
      shapes.push(...figureShapes(first.figure, { x: area.x, y, w: area.w, h: height(first.figure) }, index, locale));
      y += height(first.figure) + figureGap;
      continue;
    }
    const h = round(((area.h - fixed) * groupLength(group, locale)) / Math.max(1, textLength));
    shapes.push(textShape(`Text ${index + 1}`, group, { x: area.x, y, w: area.w, h }, ink, fontSize, locale));
    y += h;
  }
  return shapes;
}

function groupLength(group: readonly Block[], locale: Locale): number {
  return group.reduce(
    (sum, block) => sum + paragraphsOf(block, onPage, 1, locale).reduce((n, p) => n + 40 + p.runs.map((r) => r.text).join('').length, 0),
    0,
  );
}

function textShape(name: string, blocks: readonly Block[], box: Box, ink: Ink, fontSize: number, locale: Locale): TextShape {
  return { kind: 'text', name, box, valign: 'top', paragraphs: blocks.flatMap((block) => paragraphsOf(block, ink, fontSize, locale)) };
}

function paragraphsOf(block: Block, ink: Ink, fontSize: number, locale: Locale): TextParagraph[] {
  switch (block.type) {
    case 'paragraph':
      return [{ runs: runsOf(block.inlines, ink), fontSize, color: ink.text, spaceAfter: round(fontSize * 0.6), lineSpacing: 1.25 }];
    case 'list':
      return block.items.map((item) => ({
        runs: runsOf(item, ink),
        fontSize,
        color: ink.text,
        bullet: block.ordered ? 'number' : 'bullet',
        spaceAfter: round(fontSize * 0.55),
        lineSpacing: 1.2,
      }));
    case 'figure':
      return [
        {
          runs: [{ text: `${quantityText(quantityParts(block.figure, locale))} ${block.figure.label}` }],
          fontSize,
          color: ink.text,
          spaceAfter: round(fontSize * 0.6),
        },
      ];
    case 'chart':
      return [];
  }
}

function runsOf(inlines: readonly Inline[], ink: Ink): TextRun[] {
  return inlines.map((inline) => ({
    text: inline.text,
    ...(inline.strong ? { bold: true, color: ink.strong } : {}),
    ...(inline.em ? { italic: true } : {}),
  }));
}

/** Tall enough for the figure's lines at the column's width, estimated from average glyph widths. */
function figureHeight(figure: FigureSpec, locale: Locale, columnWidth: number): number {
  const width = (columnWidth - inches(8) - 0.2) * 72;
  const value = figureValueRuns(figure, locale).reduce((sum, run) => sum + textWidth(run.text, run.fontSize ?? 0), 0);
  const valueLines = Math.ceil(value / width);
  const lines = (text: string, size: number): number => Math.ceil(textWidth(text, size) / width);
  // Line heights are about 1.2 em in the deck's fonts and their substitutes.
  const points =
    pt(88) * 1.15 +
    (valueLines - 1) * pt(34) * 1.25 +
    pt(6) +
    lines(figure.label, pt(24)) * pt(24) * 1.25 +
    (figure.derived ? pt(6) + lines(`${locale.strings.derivedMark}: ${figure.derived}`, pt(18)) * pt(18) * 1.25 : 0);
  return round(points / 72 + 0.35);
}

/** A generous estimate of a line's width in points: the deck's fonts average about 0.56 em a glyph. */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** The number large and red, the words around it smaller: the same parts as the web figure. */
function figureValueRuns(figure: FigureSpec, locale: Locale): TextRun[] {
  const parts = quantityParts(figure, locale);
  const aside = { fontSize: pt(34), color: colours.navy };
  const attached = parts.unitAttached ? (parts.unit ?? '') : '';
  return [
    ...(parts.qualifier ? [{ text: `${parts.qualifier} `, ...aside }] : []),
    { text: `${parts.number}${attached}`, fontSize: pt(88), color: colours.red },
    ...(parts.unit && !parts.unitAttached ? [{ text: ` ${parts.unit}`, ...aside }] : []),
  ];
}

/** A big figure: a white card with a red edge; the number large and red, qualifier and unit beside it. */
function figureShapes(figure: FigureSpec, box: Box, index: number, locale: Locale): PptxShape[] {
  const edge = inches(8);
  const runs = figureValueRuns(figure, locale);
  const paragraphs: TextParagraph[] = [
    { runs, fontSize: pt(34), color: colours.navy, bold: true, lineSpacing: 0.95, spaceAfter: pt(6) },
    { runs: [{ text: figure.label }], fontSize: pt(24), color: colours.muted, spaceAfter: pt(6) },
  ];
  if (figure.derived)
    paragraphs.push({ runs: [{ text: `${locale.strings.derivedMark}: ${figure.derived}` }], fontSize: pt(18), color: colours.muted });
  const name = `Figure ${index + 1}`;
  return [
    { kind: 'rect', name: `${name} card`, box, fill: colours.card, shadow: true },
    { kind: 'rect', name: `${name} edge`, box: { ...box, w: edge }, fill: colours.red },
    {
      kind: 'text',
      name,
      box: { x: box.x + edge + 0.12, y: box.y + 0.05, w: box.w - edge - 0.2, h: box.h - 0.1 },
      valign: 'middle',
      paragraphs,
    },
  ];
}

/** Charts share the column; each is followed by the explanation of its derived values, as on the web. */
function chartColumn(blocks: readonly Block[], area: Box, locale: Locale): PptxShape[] {
  const charts = blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : []));
  const { derivedMark } = locale.strings;
  const noteHeight = (chart: ChartSpec): number => derivedNotes(chart.items, derivedMark).length * 0.5;
  const free = area.h - charts.reduce((sum, chart) => sum + noteHeight(chart), 0);
  const shapes: PptxShape[] = [];
  let y = area.y;
  for (const [index, chart] of charts.entries()) {
    const h = round(free / charts.length);
    shapes.push(chartShape(chart, { ...area, y, h }, index, locale));
    y += h;
    const notes = derivedNotes(chart.items, derivedMark);
    if (notes.length > 0) {
      shapes.push({
        kind: 'text',
        name: `Chart ${index + 1} note`,
        box: { ...area, y, h: noteHeight(chart) },
        valign: 'top',
        paragraphs: notes.map((note) => ({ runs: [{ text: note }], fontSize: pt(17), color: colours.muted, lineSpacing: 1.1 })),
      });
      y += noteHeight(chart);
    }
  }
  return shapes;
}

function chartShape(chart: ChartSpec, box: Box, index: number, locale: Locale): ChartShape {
  const view = toChartView(chart, locale);
  const page = palette.page;
  const description = view.items.map((item) => `${item.label}: ${item.lines.join(' ')}`).join('; ');
  return {
    kind: 'chart',
    name: `Chart ${index + 1}`,
    box,
    chartType: chart.type,
    title: chart.title,
    altText: `${locale.strings.chartLabel}: ${chart.title}. ${description}`,
    items: chart.items.map((item, itemIndex) => {
      const colour = chartPalette[itemIndex % chartPalette.length] ?? palette.text;
      const derived = Boolean(item.derived);
      return {
        label: item.label,
        value: item.value,
        valueLabel: view.items[itemIndex]?.lines.join(' ') ?? '',
        formatCode: valueFormatCode(quantityParts(item, locale), locale.strings.derivedMark),
        fill: hex(derived ? blend(chartTheme.derivedColor, paleAlpha, page) : colour),
        ...(derived ? { outline: hex(chartTheme.derivedColor) } : {}),
        labelColor: derived ? hex(chartTheme.derivedColor) : chart.type === 'doughnut' ? colours.white : hex(colour),
        derived,
      };
    }),
    style: {
      titleColor: hex(chartTheme.mutedColor),
      titleSize: pt(22),
      textColor: hex(chartTheme.textColor),
      mutedColor: hex(chartTheme.mutedColor),
      gridColor: hex(blend(palette.text, paleAlpha, page)),
      valueLabelSize: pt(chartTheme.valueLabelSize),
      tickSize: pt(chartTheme.tickSize),
      valueTickSize: pt(chartTheme.tickSize - 4),
      legendSize: pt(chartTheme.legendSize),
      sliceBorder: colours.white,
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundBox(box: Box): Box {
  return { x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) };
}
