import { derivedNotes } from '../charts/derived-notes.ts';
import { chartTheme } from '../charts/theme.ts';
import { chartQuantities, toChartView, topicColour } from '../charts/to-chart-view.ts';
import type { Block, ChartSpec, FigureSpec, Inline, Section, Slide } from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { pixelsPerInch, type Region, slideFrame, slideGeometry, slideRegions } from '../model/geometry.ts';
import {
  type FigureSize,
  figureCard,
  figureHeight,
  figureSizes,
  narrowColumnShare,
  rowCardWidths,
  type SlideLayout,
  slideLayout,
  type TextSize,
  textHeight,
  textSizes,
} from '../model/layout.ts';
import type { Locale } from '../model/locale.ts';
import { findKeptRanges, keepRangesTogether, keepTogether, type QuantityVocabulary, quantityParts } from '../model/quantity.ts';
import { balancedLines, estimateLines } from '../model/text-metrics.ts';
import { lineHeights, typeScale } from '../model/typography.ts';
import { blend, fontFamilies, paleAlpha, palette } from '../theme/palette.ts';
import type { Box, ChartShape, PptxDeck, PptxShape, PptxSlide, TextParagraph, TextRun, TextShape } from './pptx-deck.ts';
import { valueFormatCode } from './value-format-code.ts';

/**
 * The slide in inches, from the deck's geometry: 1280 × 720 px is 13.333 × 7.5 in, and 1 px is 0.75 pt.
 * Every position and size comes from the model (src/model/geometry.ts, layout.ts, typography.ts),
 * which the web deck's stylesheet follows too: this is a translation, not a second design.
 */
const inches = (px: number): number => px / pixelsPerInch;
const pt = (px: number): number => (px * 72) / pixelsPerInch;
const box = (region: Region): Box => ({ x: inches(region.x), y: inches(region.y), w: inches(region.w), h: inches(region.h) });

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

type BuildContext = DeckContext;

/** Deck → a plain description of every PowerPoint slide: one slide per deck slide, in order. */
export function buildPptxSlides(context: DeckContext): PptxDeck {
  const { meta } = context.deck;
  return {
    meta: { title: meta.title, subject: meta.description, author: meta.author, lang: meta.lang, keywords: meta.keywords },
    fontFace: fontFamilies[0],
    bulletColor: colours.red,
    slides: context.deck.sections.flatMap((section) =>
      section.slides.map((slide) => {
        const layout = slideLayout(slide);
        const built = layout.kind === 'title' ? titleSlide(slide, layout.blocks, context) : contentSlide(section, slide, layout, context);
        return { ...built, shapes: built.shapes.map((shape) => ({ ...shape, box: roundBox(shape.box) })) };
      }),
    ),
  };
}

function notesOf(slide: Slide, locale: Locale): Pick<PptxSlide, 'notes' | 'hints' | 'hintLabel'> {
  return { notes: slide.notes, hints: slide.hints ?? [], hintLabel: locale.strings.hintLabel };
}

/** The cover and closing slides: the red panel, the title in balanced lines over a gold rule, the rest under it, centred. */
function titleSlide(slide: Slide, blocks: readonly Block[], context: BuildContext): PptxSlide {
  const { panelPadding } = slideFrame;
  const width = slideGeometry.width - 2 * panelPadding.x;
  const { author } = context.deck.meta;
  const titleLines = balancedLines(keepRangesTogether(slide.title, context.vocabulary), typeScale.coverTitle, width, 'bold');
  const kicker = author ? 22 * lineHeights.label + 24 : 0;
  const heading = titleLines.length * typeScale.coverTitle * lineHeights.title;
  const ruleGap = 32;
  const texts = blocks.filter((block) => block.type === 'paragraph' || block.type === 'list');
  const below = textHeight(texts, typeScale.coverText, width);
  const total = kicker + heading + ruleGap * 2 + 4 + below;
  const top = Math.max(panelPadding.y, (slideGeometry.height - total) / 2);
  const ruleY = top + kicker + heading + ruleGap;
  const paragraphs: TextParagraph[] = [
    ...(author
      ? [
          {
            runs: [{ text: context.locale.upper(author) }],
            fontSize: pt(22),
            color: colours.titleOrg,
            bold: true,
            charSpacing: 1.3,
            spaceAfter: pt(24),
          },
        ]
      : []),
    { runs: titleRuns(titleLines), fontSize: pt(typeScale.coverTitle), color: colours.white, bold: true, lineSpacing: lineHeights.title },
  ];
  const shapes: PptxShape[] = [
    {
      kind: 'text',
      name: 'Title',
      box: box({ x: panelPadding.x, y: top, w: width, h: ruleY - ruleGap / 2 - top }),
      valign: 'bottom',
      paragraphs,
    },
    { kind: 'rule', name: 'Title rule', box: box({ x: panelPadding.x, y: ruleY, w: width, h: 0 }), color: colours.gold, width: 3 },
  ];
  if (texts.length > 0) {
    const textTop = ruleY + 4 + ruleGap;
    shapes.push(
      textShape(
        'Text 1',
        texts,
        box({ x: panelPadding.x, y: textTop, w: width, h: slideGeometry.height - panelPadding.y - textTop }),
        onRed,
        typeScale.coverText,
        context,
      ),
    );
  }
  return { id: slide.id, layout: 'title', background: colours.red, shapes, ...notesOf(slide, context.locale) };
}

/**
 * A title in the balanced lines the model chose, as one paragraph with line breaks: each line but
 * the last keeps its trailing space, so the title reads (and is found) as one run of words.
 */
function titleRuns(lines: readonly string[]): TextRun[] {
  return lines.map((line, index) => ({ text: index < lines.length - 1 ? `${line} ` : line, ...(index > 0 ? { breakBefore: true } : {}) }));
}

function contentSlide(section: Section, slide: Slide, layout: Exclude<SlideLayout, { kind: 'title' }>, context: BuildContext): PptxSlide {
  const titleLines = balancedLines(
    keepRangesTogether(slide.title, context.vocabulary),
    typeScale.title,
    slideGeometry.width - 2 * slideFrame.marginX,
    'bold',
  );
  const regions = slideRegions(titleLines.length);
  const heading: TextShape = {
    kind: 'text',
    name: 'Title',
    box: box({ ...regions.header, y: regions.header.y - 4, h: regions.header.h + 8 }),
    valign: 'bottom',
    paragraphs: [
      {
        runs: [{ text: context.locale.upper(section.title) }],
        fontSize: pt(typeScale.sectionLabel),
        color: colours.red,
        bold: true,
        charSpacing: 1.1,
        spaceAfter: pt(slideFrame.labelGap),
      },
      { runs: titleRuns(titleLines), fontSize: pt(typeScale.title), color: colours.navy, bold: true, lineSpacing: lineHeights.title },
    ],
  };
  const rule: PptxShape = {
    kind: 'rule',
    name: 'Title rule',
    box: box({ x: regions.header.x, y: regions.ruleY + slideFrame.rule / 2, w: regions.header.w, h: 0 }),
    color: colours.gold,
    width: pt(slideFrame.rule),
  };
  return {
    id: slide.id,
    layout: layout.kind,
    background: colours.page,
    slideNumber: { box: box(regions.number), fontSize: pt(typeScale.slideNumber), color: colours.muted },
    shapes: [heading, rule, ...bodyShapes(layout, regions.body, context)],
    ...notesOf(slide, context.locale),
  };
}

/** The body in the places the model's layout gives (src/model/layout.ts), centred in the area under the title, as on the web deck. */
function bodyShapes(layout: Exclude<SlideLayout, { kind: 'title' }>, area: Region, context: BuildContext): PptxShape[] {
  const gap = slideFrame.columnGap;
  const size = textSizes[layout.textSize];
  switch (layout.kind) {
    case 'chart': {
      if (layout.text.length === 0)
        return chartRow(
          layout.charts.map((block) => block.chart),
          area,
          context,
        );
      const narrow = area.w * narrowColumnShare - gap / 2;
      return [
        ...column(layout.text, { ...area, w: narrow }, layout.textSize, 'normal', context),
        ...chartRow(
          layout.charts.map((block) => block.chart),
          { ...area, x: area.x + narrow + gap, w: area.w - narrow - gap },
          context,
        ),
      ];
    }
    case 'figure': {
      const figures = layout.figures.map((block) => block.figure);
      if (layout.arrangement === 'row') {
        const widths = rowCardWidths(figures, layout.figureSize, area.w);
        const cards = Math.max(...figures.map((figure, index) => figureHeight(figure, layout.figureSize, widths[index] ?? area.w)));
        const text = layout.text.length > 0 ? textHeight(layout.text, size, area.w) : 0;
        const total = cards + (text > 0 ? slideFrame.bodyGap + text : 0);
        const top = area.y + Math.max(0, (area.h - total) / 2);
        let x = area.x;
        const shapes = figures.flatMap((figure, index) => {
          const w = widths[index] ?? 0;
          const card = figureShapes(figure, { x, y: top, w, h: cards }, index, layout.figureSize, context);
          x += w + figureCard.gap;
          return card;
        });
        if (text > 0) {
          const y = top + cards + slideFrame.bodyGap;
          shapes.push(
            textShape('Text', layout.text, box({ x: area.x, y, w: area.w, h: area.y + area.h - y }), onPage, size, context, 'top'),
          );
        }
        return shapes;
      }
      if (layout.text.length === 0) return column(layout.figures, area, layout.textSize, layout.figureSize, context);
      const narrow = area.w * layout.columnShare - gap / 2;
      return [
        ...column(layout.figures, { ...area, w: narrow }, layout.textSize, layout.figureSize, context),
        ...column(
          layout.text,
          { ...area, x: area.x + narrow + gap, w: area.w - narrow - gap },
          layout.textSize,
          layout.figureSize,
          context,
        ),
      ];
    }
    case 'text': {
      if (layout.listColumns === 1) return column(layout.text, area, layout.textSize, 'normal', context);
      return twoColumnText(layout.text, area, size, context);
    }
  }
}

/** Figures and text stacked in one column and centred in it, each figure a card of its own. */
function column(blocks: readonly Block[], area: Region, textSize: TextSize, figureSize: FigureSize, context: BuildContext): PptxShape[] {
  const size = textSizes[textSize];
  const groups: Block[][] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type !== 'figure' && last && last[0]?.type !== 'figure') last.push(block);
    else groups.push([block]);
  }
  const heightOf = (group: Block[]): number => {
    const first = group[0];
    return first?.type === 'figure' ? figureHeight(first.figure, figureSize, area.w) : textHeight(group, size, area.w);
  };
  const heights = groups.map(heightOf);
  const total = heights.reduce((sum, height) => sum + height, 0) + (groups.length - 1) * figureCard.gap;
  let y = area.y + Math.max(0, (area.h - total) / 2);
  const shapes: PptxShape[] = [];
  groups.forEach((group, index) => {
    const first = group[0];
    const height = heights[index] ?? 0;
    if (first?.type === 'figure')
      shapes.push(...figureShapes(first.figure, { x: area.x, y, w: area.w, h: height }, index, figureSize, context));
    else
      shapes.push(
        textShape(`Text ${index + 1}`, group, box({ x: area.x, y, w: area.w, h: height + size * 0.5 }), onPage, size, context, 'top'),
      );
    y += height + figureCard.gap;
  });
  return shapes;
}

/** Paragraphs across the width, then a long list in two columns, numbered on across them; the whole centred. */
function twoColumnText(blocks: readonly Block[], area: Region, size: number, context: BuildContext): PptxShape[] {
  const listIndex = blocks.findIndex((block) => block.type === 'list');
  const list = blocks[listIndex];
  if (list?.type !== 'list') return column(blocks, area, 'normal', 'normal', context);
  const before = blocks.slice(0, listIndex);
  const after = blocks.slice(listIndex + 1);
  const half = Math.ceil(list.items.length / 2);
  const columns = [list.items.slice(0, half), list.items.slice(half)].map((items): Block => ({ ...list, items }));
  const columnWidth = (area.w - slideFrame.columnGap) / 2;
  const leadHeight = before.length > 0 ? textHeight(before, size, area.w) : 0;
  const listHeight = Math.max(...columns.map((part) => textHeight([part], size, columnWidth)));
  const tailHeight = after.length > 0 ? textHeight(after, size, area.w) : 0;
  let y = area.y + Math.max(0, (area.h - leadHeight - listHeight - tailHeight) / 2);
  const shapes: PptxShape[] = [];
  if (before.length > 0) {
    shapes.push(textShape('Lead', before, box({ x: area.x, y, w: area.w, h: leadHeight }), onPage, size, context, 'top'));
    y += leadHeight;
  }
  columns.forEach((part, index) => {
    const x = area.x + index * (columnWidth + slideFrame.columnGap);
    const shape = textShape(
      `List ${index + 1}`,
      [part],
      box({ x, y, w: columnWidth, h: listHeight + size * 0.5 }),
      onPage,
      size,
      context,
      'top',
    );
    if (index === 1 && list.ordered)
      shape.paragraphs = shape.paragraphs.map((paragraph, item) => (item === 0 ? { ...paragraph, startAt: half + 1 } : paragraph));
    shapes.push(shape);
  });
  y += listHeight;
  if (after.length > 0)
    shapes.push(textShape('Text', after, box({ x: area.x, y, w: area.w, h: tailHeight }), onPage, size, context, 'top'));
  return shapes;
}

function textShape(
  name: string,
  blocks: readonly Block[],
  region: Box,
  ink: Ink,
  sizePx: number,
  context: BuildContext,
  valign: TextShape['valign'] = 'top',
): TextShape {
  return { kind: 'text', name, box: region, valign, paragraphs: blocks.flatMap((block) => paragraphsOf(block, ink, pt(sizePx), context)) };
}

function paragraphsOf(block: Block, ink: Ink, fontSize: number, context: BuildContext): TextParagraph[] {
  switch (block.type) {
    case 'paragraph':
      return [
        {
          runs: noBreakRuns(runsOf(block.inlines, ink), context.vocabulary),
          fontSize,
          color: ink.text,
          spaceAfter: round(fontSize * 0.6),
          lineSpacing: lineHeights.body,
        },
      ];
    case 'list':
      return block.items.map((item) => ({
        runs: noBreakRuns(runsOf(item, ink), context.vocabulary),
        fontSize,
        color: ink.text,
        bullet: block.ordered ? 'number' : 'bullet',
        spaceAfter: round(fontSize * 0.55),
        lineSpacing: lineHeights.body,
      }));
    case 'figure':
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

/**
 * The same runs with the spaces inside each quantity ("trên 80 lượt người") and code
 * ("12-KH/HM") made no-break spaces: PowerPoint has no `white-space: nowrap`.
 */
function noBreakRuns(runs: readonly TextRun[], vocabulary: QuantityVocabulary): TextRun[] {
  const text = runs.map((run) => run.text).join('');
  const ranges = findKeptRanges(text, vocabulary);
  if (ranges.length === 0) return [...runs];
  let offset = 0;
  return runs.map((run) => {
    const start = offset;
    offset += run.text.length;
    const text = run.text.replace(/ /g, (space, index: number) =>
      ranges.some((range) => range.start <= start + index && start + index < range.end) ? keepTogether(space) : space,
    );
    return { ...run, text };
  });
}

/** The number large in its topic's colour, the words around it smaller, on one line: the same parts as the web figure. */
function figureValueRuns(figure: FigureSpec, size: FigureSize, colour: string, locale: Locale): TextRun[] {
  const parts = quantityParts(figure, locale);
  const { number, aside } = figureSizes[size];
  const around = { fontSize: pt(aside), color: colours.navy };
  const attached = parts.unitAttached ? (parts.unit ?? '') : '';
  return [
    ...(parts.qualifier ? [{ text: keepTogether(`${parts.qualifier} `), ...around }] : []),
    { text: `${parts.number}${attached}`, fontSize: pt(number), color: colour },
    ...(parts.unit && !parts.unitAttached ? [{ text: keepTogether(` ${parts.unit}`), ...around }] : []),
  ];
}

/**
 * A big figure: a white card with an edge in its topic's colour; the topic's name and the value on
 * lines that never wrap (a quantity stays whole whatever the font), then its label and any derivation.
 */
function figureShapes(figure: FigureSpec, region: Region, index: number, size: FigureSize, context: BuildContext): PptxShape[] {
  const { locale, topics, vocabulary } = context;
  const colour = hex(topicColour(figure.topic, topics));
  const topic = topics.find((candidate) => candidate.id === figure.topic);
  const { padX, padY, number } = figureSizes[size];
  const headHeight = (topic ? typeScale.figureTopic * lineHeights.label + 4 : 0) + number * lineHeights.figure;
  const head: TextParagraph[] = [
    ...(topic
      ? [
          {
            runs: [{ text: locale.upper(topic.label) }],
            fontSize: pt(typeScale.figureTopic),
            color: colour,
            bold: true,
            charSpacing: 1,
            spaceAfter: pt(4),
          },
        ]
      : []),
    {
      runs: figureValueRuns(figure, size, colour, locale),
      fontSize: pt(figureSizes[size].aside),
      color: colours.navy,
      bold: true,
      lineSpacing: lineHeights.figure,
    },
  ];
  const details: TextParagraph[] = [
    {
      runs: noBreakRuns([{ text: figure.label }], vocabulary),
      fontSize: pt(typeScale.figureLabel),
      color: colours.text,
      lineSpacing: lineHeights.label,
    },
  ];
  if (figure.derived) {
    details.push({
      runs: [{ text: `${locale.strings.derivedMark}: `, bold: true }, ...noBreakRuns([{ text: figure.derived }], vocabulary)],
      fontSize: pt(typeScale.derivedNote),
      color: colours.text,
      lineSpacing: lineHeights.label,
      spaceBefore: pt(6),
    });
  }
  const name = `Figure ${index + 1}`;
  const inner = { x: region.x + figureCard.edge + padX, y: region.y + padY, w: region.w - figureCard.edge - 2 * padX };
  const detailsTop = inner.y + headHeight + 6;
  return [
    { kind: 'rect', name: `${name} card`, box: box(region), fill: colours.card, shadow: true },
    { kind: 'rect', name: `${name} edge`, box: box({ ...region, w: figureCard.edge }), fill: colour },
    { kind: 'text', name, box: box({ ...inner, h: headHeight }), valign: 'top', wrap: false, paragraphs: head },
    {
      kind: 'text',
      name: `${name} label`,
      box: box({ ...inner, y: detailsTop, h: region.y + region.h - padY - detailsTop }),
      valign: 'top',
      paragraphs: details,
    },
  ];
}

/** Charts side by side, each with its title above it and the explanation of its derived values below, as on the web. */
function chartRow(charts: readonly ChartSpec[], area: Region, context: BuildContext): PptxShape[] {
  const gap = slideFrame.columnGap;
  const width = (area.w - (charts.length - 1) * gap) / charts.length;
  return charts.flatMap((chart, index) => chartColumn(chart, { ...area, x: area.x + index * (width + gap), w: width }, index, context));
}

function chartColumn(chart: ChartSpec, area: Region, index: number, context: BuildContext): PptxShape[] {
  const { locale, vocabulary } = context;
  const name = `Chart ${index + 1}`;
  const titleHeight = estimateLines(chart.title, typeScale.chartTitle, area.w, 'bold') * typeScale.chartTitle * 1.25 + 8;
  const notes = derivedNotes(chart.items, locale.strings.derivedMark);
  const notesHeight = notes.reduce(
    (sum, note) => sum + estimateLines(note, typeScale.derivedNote, area.w - 32) * typeScale.derivedNote * lineHeights.label + 12,
    0,
  );
  const shapes: PptxShape[] = [
    {
      kind: 'text',
      name: `${name} title`,
      box: box({ ...area, h: titleHeight }),
      valign: 'top',
      paragraphs: [
        {
          runs: noBreakRuns([{ text: chart.title }], vocabulary),
          fontSize: pt(typeScale.chartTitle),
          color: colours.navy,
          bold: true,
          lineSpacing: 1.25,
        },
      ],
    },
    chartShape(chart, box({ ...area, y: area.y + titleHeight, h: area.h - titleHeight - notesHeight }), name, context),
  ];
  if (notes.length > 0) {
    shapes.push({
      kind: 'text',
      name: `${name} note`,
      box: box({ ...area, y: area.y + area.h - notesHeight, h: notesHeight }),
      valign: 'top',
      paragraphs: notes.map((note) => {
        const [head = '', ...rest] = note.split(': ');
        return {
          runs: [{ text: `${head}: `, bold: true, color: colours.text }, ...noBreakRuns([{ text: rest.join(': ') }], vocabulary)],
          fontSize: pt(typeScale.derivedNote),
          color: colours.text,
          lineSpacing: lineHeights.label,
          spaceAfter: pt(6),
        };
      }),
    });
  }
  return shapes;
}

function chartShape(chart: ChartSpec, region: Box, name: string, context: BuildContext): ChartShape {
  const { locale, topics } = context;
  const view = toChartView(chart, locale, topics);
  const page = palette.page;
  const description = view.items.map((item) => `${item.label}: ${item.lines.join(' ')}`).join('; ');
  const quantities = chartQuantities(chart, locale);
  return {
    kind: 'chart',
    name,
    box: region,
    chartType: chart.type,
    title: chart.title,
    scale: view.scale,
    altText: `${locale.strings.chartLabel}: ${chart.title}. ${description}`,
    items: view.items.map((item, index) => {
      const colour = hex(item.colour);
      const quantity = quantities[index];
      const formatCode = quantity ? valueFormatCode(quantityParts(quantity, locale), locale.strings.derivedMark) : 'General';
      return {
        label: item.label,
        value: item.value,
        valueLabel: item.lines.join(' '),
        formatCode,
        fill: item.derived ? hex(blend(item.colour, paleAlpha, page)) : colour,
        ...(item.derived ? { outline: colour, hatch: colour } : {}),
        labelColor: chart.type === 'doughnut' && !item.derived ? colours.white : hex(chartTheme.textColor),
        derived: item.derived,
      };
    }),
    style: {
      textColor: hex(chartTheme.textColor),
      mutedColor: hex(chartTheme.mutedColor),
      gridColor: hex(blend(palette.text, paleAlpha, page)),
      valueLabelSize: pt(chartTheme.valueLabelSize),
      tickSize: pt(chartTheme.categoryTickSize),
      valueTickSize: pt(chartTheme.valueTickSize),
      legendSize: pt(typeScale.legend),
      sliceBorder: colours.white,
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function roundBox(region: Box): Box {
  return { x: round(region.x), y: round(region.y), w: round(region.w), h: round(region.h) };
}
