import {
  type Block,
  type ChartBlock,
  type ContentsEntry,
  type FigureSpec,
  findTopic,
  type Inline,
  type Slide,
  type StatementSpec,
  type TextBlock,
  type Topic,
} from './deck.ts';
import type { DeckContext } from './deck-context.ts';
import { type Region, slideFrame, slideGeometry } from './geometry.ts';
import type { Locale } from './locale.ts';
import { chartQuantities, derivedNotes, derivedNoteText, keepRangesTogether, type QuantityVocabulary } from './quantity.ts';
import { balancedLines, estimateLines, estimateTextWidth } from './text-metrics.ts';
import { lineHeights, textSpacing, typeScale } from './typography.ts';

/**
 * Where every block of every slide goes, decided here once, as boxes on the 1280 × 720 page: the
 * web deck positions its elements in them (src/site/placement-css.ts), the PDF and the images print
 * that, and the PowerPoint file puts its shapes in the same boxes. No renderer places anything.
 *
 * Every content slide shares one grid: the section label and the one-line title at the top, a rule
 * under them, the body from the same height on every slide, the page number in the bottom margin.
 * The body is laid out from the top, in one of a few arrangements chosen by what the slide holds.
 */
export interface SlidePlacement {
  slideId: string;
  kind: 'cover' | 'content';
  /** The arrangement chosen for the body: the web deck carries it as a class. */
  arrangement: Arrangement;
  /** The running text's size on this slide: one of the two body sizes, or the cover's. */
  textSize: number;
  /** Every placed element, in reading order. */
  items: Placed[];
  /** What does not fit the page even in the dense body size: a content problem for the build. */
  overflows: Overflow[];
}

export type Arrangement =
  | 'cover'
  | 'text'
  | 'text-columns'
  | 'figure-row'
  | 'figure-column'
  | 'figure-strips'
  | 'chart'
  | 'statement'
  | 'contents';

export type FigureSize = 'normal' | 'compact';

export interface Overflow {
  /** What overflows: "title", "body", "chart". */
  part: 'title' | 'body' | 'chart';
  /** How much room it needs and how much it has, in pixels at the design size. */
  needed: number;
  available: number;
}

interface PlacedBase {
  /** Unique on its slide, stable for the same content: the web element's `data-place`, the PowerPoint shape's name. */
  id: string;
  box: Region;
}

/** A block's text in its box, at one size: paragraphs and lists, or one column of a list. */
export interface PlacedText extends PlacedBase {
  role: 'text';
  blocks: TextBlock[];
  size: number;
}

/** A big figure's card: its value on one line, its label (and derivation) under it, or beside it in a strip. */
export interface PlacedFigure extends PlacedBase {
  role: 'figure';
  figure: FigureSpec;
  size: FigureSize;
  orientation: 'tile' | 'strip';
  /** Inside the card, after its coloured edge and padding. */
  value: Region;
  label: Region;
}

/** A chart: its title above, the plot, the explanation of its derived values below; plots of a slide share a baseline. */
export interface PlacedChart extends PlacedBase {
  role: 'chart';
  block: ChartBlock;
  title: Region;
  plot: Region;
  notes: Region;
}

export interface PlacedStatement extends PlacedBase {
  role: 'statement';
  statement: StatementSpec;
  /** The accent rule beside the words. */
  bar: Region;
  text: Region;
  attribution: Region;
}

export interface PlacedContents extends PlacedBase {
  role: 'contents';
  entries: (ContentsEntry & { number: number; box: Region })[];
}

export type Placed =
  | (PlacedBase & { role: 'section'; text: string })
  | (PlacedBase & { role: 'title'; text: string; level: 1 | 2; lines: string[] })
  | (PlacedBase & { role: 'org'; text: string })
  | (PlacedBase & { role: 'rule'; decorative: true })
  | (PlacedBase & { role: 'cover'; decorative: true; radius: number })
  | (PlacedBase & { role: 'topic'; topic: Topic })
  | (PlacedBase & { role: 'number' })
  | PlacedText
  | PlacedFigure
  | PlacedChart
  | PlacedStatement
  | PlacedContents;

export type PlacedRole = Placed['role'];

/** The two body sizes: every content slide's text is one or the other. */
export const bodySizes = [typeScale.body, typeScale.bodyDense] as const;

/** A figure card's type sizes and inner padding, in pixels, normal or compact. */
export const figureSizes: Record<FigureSize, { number: number; aside: number; padX: number; padY: number }> = {
  normal: { number: typeScale.figureNumber, aside: typeScale.figureAside, padX: 28, padY: 20 },
  compact: { number: typeScale.figureNumberCompact, aside: typeScale.figureAsideCompact, padX: 22, padY: 16 },
};

/** A figure card's coloured edge, and the gap between its value and its label. */
export const figureCard = { edge: 8, valueGap: 6 } as const;

/** The shares of the content width a column of figures may take beside text, so that each value fits on one line. */
const columnShares = [0.4, 0.45, 0.5] as const;

/** A list with at least this many points may go into two columns. */
const twoColumnListItems = 4;

/** The smallest plot a chart may be drawn in and still be read. */
export const minimumPlotHeight = 200;

/** The gap between a chart's title and its plot, and between the plot and its notes. */
const chartGap = 8;

/** The fixed frame of every content slide: the section label, the title, the rule, the body, the page number. */
export const contentFrame = (() => {
  const f = slideFrame;
  const width = slideGeometry.width - 2 * f.marginX;
  const section: Region = { x: f.marginX, y: f.marginTop, w: width, h: typeScale.sectionLabel * lineHeights.label };
  const title: Region = { x: f.marginX, y: section.y + section.h + f.labelGap, w: width, h: typeScale.title * lineHeights.title };
  const rule: Region = { x: f.marginX, y: title.y + title.h + f.ruleGap, w: width, h: f.rule };
  const bodyTop = rule.y + rule.h + f.bodyGap;
  const bodyBottom = slideGeometry.height - f.marginBottom;
  const body: Region = { x: f.marginX, y: bodyTop, w: width, h: bodyBottom - bodyTop };
  const numberHeight = typeScale.slideNumber * lineHeights.label;
  const number: Region = { x: f.marginX, y: bodyBottom + (f.marginBottom - numberHeight) / 2, w: width, h: numberHeight };
  return { section, title, rule, body, number };
})();

/** The boxes of every slide of the deck, in order. */
export function placeDeck(context: DeckContext): SlidePlacement[] {
  return context.deck.sections.flatMap((section) => section.slides.map((slide) => placeSlide(slide, section.title, context)));
}

/** The boxes of one slide, under its section's name. */
export function placeSlide(
  slide: Pick<Slide, 'id' | 'kind' | 'title' | 'blocks' | 'reference'>,
  sectionTitle: string,
  context: Pick<DeckContext, 'vocabulary' | 'topics' | 'deck' | 'locale'>,
): SlidePlacement {
  const measure = new Measure(context.vocabulary, context.locale);
  if (slide.kind === 'title') return placeCover(slide, context.deck.meta.author, measure);
  const frame = contentFrame;
  const overflows: Overflow[] = [];
  const titleWidth = measure.width(slide.title, typeScale.title, 'bold');
  if (titleWidth > frame.title.w) overflows.push({ part: 'title', needed: titleWidth, available: frame.title.w });
  const head: Placed[] = [
    { id: 'section', role: 'section', box: frame.section, text: sectionTitle },
    { id: 'title', role: 'title', box: frame.title, text: slide.title, level: 2, lines: [slide.title] },
    { id: 'rule', role: 'rule', box: frame.rule, decorative: true },
  ];
  const body = slide.reference
    ? placeText(
        slide.blocks.filter((block): block is TextBlock => block.type === 'paragraph' || block.type === 'list'),
        frame.body,
        measure,
        [typeScale.reference],
      )
    : placeBody(slide.blocks, frame.body, measure, context.topics);
  overflows.push(...body.overflows);
  return {
    slideId: slide.id,
    kind: 'content',
    arrangement: body.arrangement,
    textSize: body.textSize,
    items: [...head, ...body.items, { id: 'number', role: 'number', box: frame.number }],
    overflows,
  };
}

interface BodyPlacement {
  arrangement: Arrangement;
  textSize: number;
  items: Placed[];
  overflows: Overflow[];
}

function placeBody(blocks: readonly Block[], body: Region, measure: Measure, topics: readonly Topic[]): BodyPlacement {
  const charts = blocks.filter((block): block is ChartBlock => block.type === 'chart');
  const figures = blocks.flatMap((block) => (block.type === 'figure' ? [block.figure] : []));
  const texts = blocks.filter((block): block is TextBlock => block.type === 'paragraph' || block.type === 'list');
  const contents = blocks.find((block) => block.type === 'contents');
  const statement = blocks.find((block) => block.type === 'statement');
  if (contents) return placeContents(contents.entries, texts, body, measure);
  if (statement) return placeStatement(statement.statement, texts, body, measure);
  if (charts.length > 0) return placeCharts(charts, blocks, body, measure, topics);
  if (figures.length > 0) return placeFigures(figures, texts, body, measure, topics);
  return placeText(texts, body, measure);
}

/** Text alone: one column, or a long list in two, in the regular size if it fits, else the dense one. */
function placeText(texts: readonly TextBlock[], body: Region, measure: Measure, sizes: readonly number[] = bodySizes): BodyPlacement {
  const listIndex = texts.findIndex((block) => block.type === 'list' && block.items.length >= twoColumnListItems);
  const tries: { size: number; columns: 1 | 2 }[] = sizes.flatMap((size) => [
    { size, columns: 1 as const },
    ...(listIndex >= 0 ? [{ size, columns: 2 as const }] : []),
  ]);
  let needed = 0;
  for (const attempt of tries) {
    const items =
      attempt.columns === 1 ? [textItem('text', texts, body, attempt.size)] : listColumns(texts, listIndex, body, attempt.size, measure);
    needed = Math.max(...items.map((item) => item.box.y - body.y + measure.blocks(item.blocks, item.size, item.box.w)));
    if (needed <= body.h)
      return { arrangement: attempt.columns === 1 ? 'text' : 'text-columns', textSize: attempt.size, items, overflows: [] };
  }
  const size = sizes[sizes.length - 1] ?? typeScale.bodyDense;
  return {
    arrangement: 'text',
    textSize: size,
    items: [textItem('text', texts, body, size)],
    overflows: [{ part: 'body', needed, available: body.h }],
  };
}

/** The paragraphs before a long list across the width, then the list in two columns, numbered on across them. */
function listColumns(texts: readonly TextBlock[], listIndex: number, body: Region, size: number, measure: Measure): PlacedText[] {
  const list = texts[listIndex];
  if (list?.type !== 'list') return [textItem('text', texts, body, size)];
  const before = texts.slice(0, listIndex);
  const after = texts.slice(listIndex + 1);
  const leadHeight = before.length > 0 ? measure.blocks(before, size, body.w) + size * textSpacing.paragraph : 0;
  const half = Math.ceil(list.items.length / 2);
  const width = (body.w - slideFrame.columnGap) / 2;
  const top = body.y + leadHeight;
  const parts = [
    { ...list, items: list.items.slice(0, half), ...(list.sources ? { sources: list.sources.slice(0, half) } : {}) },
    {
      ...list,
      items: list.items.slice(half),
      ...(list.sources ? { sources: list.sources.slice(half) } : {}),
      ...(list.ordered ? { start: (list.start ?? 1) + half } : {}),
    },
  ];
  const columns = parts.map((part, index) =>
    textItem(
      `list-${index + 1}`,
      [part],
      { x: body.x + index * (width + slideFrame.columnGap), y: top, w: width, h: body.y + body.h - top },
      size,
    ),
  );
  const listBottom = top + Math.max(...columns.map((column) => measure.blocks(column.blocks, size, width)));
  return [
    ...(before.length > 0 ? [textItem('lead', before, { ...body, h: leadHeight }, size)] : []),
    ...columns,
    ...(after.length > 0
      ? [textItem('after', after, { ...body, y: listBottom + size * textSpacing.paragraph, h: body.y + body.h - listBottom }, size)]
      : []),
  ];
}

/**
 * Big figures: in a row of cards of equal width above the text when they fit; one or two beside
 * the text in a column; otherwise each card a strip across the page. A topic is named once, above
 * its cards.
 */
function placeFigures(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement {
  const rowFirst = figures.length > 1 || texts.length === 0;
  const attempts: (() => BodyPlacement | undefined)[] = rowFirst
    ? [() => figureRow(figures, texts, body, measure, topics), () => figureColumn(figures, texts, body, measure, topics)]
    : [() => figureColumn(figures, texts, body, measure, topics), () => figureRow(figures, texts, body, measure, topics)];
  for (const attempt of attempts) {
    const placed = attempt();
    if (placed) return placed;
  }
  return figureStrips(figures, texts, body, measure, topics);
}

function figureRow(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement | undefined {
  const gap = slideFrame.cardGap;
  const width = (body.w - (figures.length - 1) * gap) / figures.length;
  for (const size of ['normal', 'compact'] as const) {
    if (!figures.every((figure) => tileWidth(figure, size) <= width)) continue;
    const labelBand = topicBand(figures, topics);
    const cardsTop = body.y + labelBand;
    const height = Math.max(...figures.map((figure) => tileHeight(figure, size, width, measure)));
    const items: Placed[] = [];
    items.push(...topicLabels(figures, topics, (index) => body.x + index * (width + gap), width, gap, body.y));
    figures.forEach((figure, index) => {
      items.push(tile(`figure-${index + 1}`, figure, size, { x: body.x + index * (width + gap), y: cardsTop, w: width, h: height }));
    });
    if (texts.length === 0) {
      if (cardsTop + height > body.y + body.h) continue;
      return { arrangement: 'figure-row', textSize: typeScale.body, items, overflows: [] };
    }
    const textTop = cardsTop + height + slideFrame.columnGap;
    const region = { ...body, y: textTop, h: body.y + body.h - textTop };
    const textSize = fitSize(texts, region, measure);
    if (textSize === undefined) continue;
    return { arrangement: 'figure-row', textSize, items: [...items, textItem('text', texts, region, textSize)], overflows: [] };
  }
  return undefined;
}

function figureColumn(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement | undefined {
  if (texts.length === 0 || figures.length > 2) return undefined;
  for (const size of ['normal', 'compact'] as const) {
    const share = columnShares.find((candidate) =>
      figures.every((figure) => tileWidth(figure, size) <= body.w * candidate - slideFrame.columnGap / 2),
    );
    if (share === undefined) continue;
    const width = body.w * share - slideFrame.columnGap / 2;
    const column = stackColumn(
      figures.map((figure) => ({ type: 'figure' as const, figure })),
      { ...body, w: width },
      size,
      typeScale.body,
      measure,
      topics,
    );
    if (column.bottom > body.y + body.h) continue;
    const region = { x: body.x + width + slideFrame.columnGap, y: body.y, w: body.w - width - slideFrame.columnGap, h: body.h };
    const textSize = fitSize(texts, region, measure);
    if (textSize === undefined) continue;
    return { arrangement: 'figure-column', textSize, items: [...column.items, textItem('text', texts, region, textSize)], overflows: [] };
  }
  return undefined;
}

/** Each figure a card across the page, its value in a column as wide as the widest, its label beside it; the text under them. */
function figureStrips(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement {
  const size: FigureSize = 'compact';
  const { padX, padY, number } = figureSizes[size];
  const valueWidth = Math.max(...figures.map((figure) => figureValueWidth(figure, size)));
  const items: Placed[] = [];
  let y = body.y;
  figures.forEach((figure, index) => {
    const topic = findTopic(topics, figure.topic)?.topic;
    const previous = figures[index - 1];
    if (topic && previous?.topic !== figure.topic) {
      items.push({ id: `topic-${index + 1}`, role: 'topic', topic, box: { x: body.x, y, w: body.w, h: topicLabelHeight } });
      y += topicLabelHeight + slideFrame.topicGap;
    }
    const inner = { x: body.x + figureCard.edge + padX, w: body.w - figureCard.edge - 2 * padX };
    const labelX = inner.x + valueWidth + slideFrame.columnGap;
    const labelWidth = inner.x + inner.w - labelX;
    const labelHeight = labelBlockHeight(figure, labelWidth, measure);
    const height = 2 * padY + Math.max(number * lineHeights.figure, labelHeight);
    const card = { x: body.x, y, w: body.w, h: height };
    items.push({
      id: `figure-${index + 1}`,
      role: 'figure',
      figure,
      size,
      orientation: 'strip',
      box: card,
      value: { x: inner.x, y: y + padY, w: valueWidth, h: height - 2 * padY },
      label: { x: labelX, y: y + padY, w: labelWidth, h: height - 2 * padY },
    });
    y += height + slideFrame.cardGap;
  });
  const overflows: Overflow[] = [];
  let textSize: number = typeScale.body;
  if (texts.length > 0) {
    const top = y - slideFrame.cardGap + slideFrame.columnGap;
    const region = { ...body, y: top, h: body.y + body.h - top };
    const fitted = fitSize(texts, region, measure);
    textSize = fitted ?? typeScale.bodyDense;
    if (fitted === undefined)
      overflows.push({ part: 'body', needed: top - body.y + measure.blocks(texts, textSize, body.w), available: body.h });
    items.push(textItem('text', texts, region, textSize));
  } else if (y - slideFrame.cardGap > body.y + body.h) {
    overflows.push({ part: 'body', needed: y - slideFrame.cardGap - body.y, available: body.h });
  }
  return { arrangement: 'figure-strips', textSize, items, overflows };
}

/**
 * Charts in the wide part of the body, side by side, with everything else (figures, text) stacked
 * in a column beside them; alone, they take the whole body.
 */
function placeCharts(
  charts: readonly ChartBlock[],
  blocks: readonly Block[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement {
  const side = blocks.filter((block) => block.type === 'paragraph' || block.type === 'list' || block.type === 'figure');
  const items: Placed[] = [];
  const overflows: Overflow[] = [];
  let area = body;
  let textSize: number = typeScale.body;
  if (side.length > 0) {
    const width = body.w * 0.4 - slideFrame.columnGap / 2;
    const column = bodySizes
      .flatMap((size) =>
        (['normal', 'compact'] as const).map((figureSize) => stackColumn(side, { ...body, w: width }, figureSize, size, measure, topics)),
      )
      .find((candidate) => candidate.bottom <= body.y + body.h);
    const chosen = column ?? stackColumn(side, { ...body, w: width }, 'compact', typeScale.bodyDense, measure, topics);
    if (!column) overflows.push({ part: 'body', needed: chosen.bottom - body.y, available: body.h });
    items.push(...chosen.items);
    textSize = chosen.textSize;
    area = { x: body.x + width + slideFrame.columnGap, y: body.y, w: body.w - width - slideFrame.columnGap, h: body.h };
  }
  const gap = slideFrame.columnGap;
  const width = (area.w - (charts.length - 1) * gap) / charts.length;
  // Charts side by side share their title's and their notes' heights, so that their plots share a baseline.
  const titleHeight = Math.max(
    ...charts.map(
      (chart) =>
        measure.lines(
          chart.chart.title,
          typeScale.chartTitle,
          width,
          'bold',
          chart.chart.items.some((item) => Boolean(item.source?.length)),
        ) *
        typeScale.chartTitle *
        lineHeights.label,
    ),
  );
  const notesHeight = Math.max(...charts.map((chart) => derivedNotesHeight(chart, width, measure)));
  charts.forEach((chart, index) => {
    const box = { x: area.x + index * (width + gap), y: area.y, w: width, h: area.h };
    const plotTop = box.y + titleHeight + chartGap;
    const plotBottom = box.y + box.h - (notesHeight > 0 ? notesHeight + chartGap : 0);
    if (plotBottom - plotTop < minimumPlotHeight)
      overflows.push({ part: 'chart', needed: minimumPlotHeight, available: plotBottom - plotTop });
    items.push({
      id: `chart-${index + 1}`,
      role: 'chart',
      block: chart,
      box,
      title: { ...box, h: titleHeight },
      plot: { x: box.x, y: plotTop, w: width, h: plotBottom - plotTop },
      notes: { x: box.x, y: box.y + box.h - notesHeight, w: width, h: notesHeight },
    });
  });
  return { arrangement: 'chart', textSize, items, overflows };
}

/** A reported statement: the words, then who said them, from the top of the body; any text after it. */
function placeStatement(statement: StatementSpec, texts: readonly TextBlock[], body: Region, measure: Measure): BodyPlacement {
  const bar = statementBar;
  const size = typeScale.statement;
  const textWidth = body.w - bar;
  const textHeight =
    measure.lines(statement.text, size, textWidth, 'regular', Boolean(statement.source?.length)) * size * lineHeights.label;
  const attributionHeight = (statement.role ? 2 : 1) * typeScale.attribution * lineHeights.label;
  const textBox = { x: body.x + bar, y: body.y, w: textWidth, h: textHeight };
  const attribution = { x: body.x + bar, y: body.y + textHeight + slideFrame.stackGap, w: textWidth, h: attributionHeight };
  const box = { x: body.x, y: body.y, w: body.w, h: attribution.y + attribution.h - body.y };
  const items: Placed[] = [
    {
      id: 'statement',
      role: 'statement',
      statement,
      box,
      bar: { x: body.x, y: body.y, w: statementRule, h: box.h },
      text: textBox,
      attribution,
    },
  ];
  const overflows: Overflow[] = [];
  if (texts.length > 0) {
    const top = box.y + box.h + slideFrame.columnGap;
    const region = { ...body, y: top, h: body.y + body.h - top };
    const fitted = fitSize(texts, region, measure);
    if (fitted === undefined)
      overflows.push({ part: 'body', needed: top - body.y + measure.blocks(texts, typeScale.bodyDense, body.w), available: body.h });
    items.push(textItem('text', texts, region, fitted ?? typeScale.bodyDense));
  } else if (box.h > body.h) overflows.push({ part: 'body', needed: box.h, available: body.h });
  return { arrangement: 'statement', textSize: size, items, overflows };
}

/** The room a statement's rule takes beside its words, and the rule's own width. */
const statementBar = 40;
const statementRule = 6;

/** The parts of the talk, numbered, one row each, down the body; any text before them. */
function placeContents(entries: readonly ContentsEntry[], texts: readonly TextBlock[], body: Region, measure: Measure): BodyPlacement {
  const items: Placed[] = [];
  let top = body.y;
  if (texts.length > 0) {
    const height = measure.blocks(texts, typeScale.body, body.w);
    items.push(textItem('text', texts, { ...body, h: height }, typeScale.body));
    top += height + slideFrame.stackGap;
  }
  const rowHeight = Math.min(contentsRowHeight, (body.y + body.h - top) / Math.max(1, entries.length));
  const placed = entries.map((entry, index) => ({
    ...entry,
    number: index + 1,
    box: { x: body.x, y: top + index * rowHeight, w: body.w, h: rowHeight },
  }));
  const overflows: Overflow[] =
    rowHeight < typeScale.contentsNumber * lineHeights.label
      ? [{ part: 'body', needed: entries.length * contentsRowHeight, available: body.y + body.h - top }]
      : [];
  const tooWide = entries.find((entry) => measure.width(entry.title, typeScale.contentsTitle, 'bold') > body.w - contentsNumberWidth);
  if (tooWide)
    overflows.push({
      part: 'body',
      needed: measure.width(tooWide.title, typeScale.contentsTitle, 'bold'),
      available: body.w - contentsNumberWidth,
    });
  items.push({ id: 'contents', role: 'contents', box: { ...body, y: top, h: rowHeight * entries.length }, entries: placed });
  return { arrangement: 'contents', textSize: typeScale.body, items, overflows };
}

/** A contents row at most this tall, and the column its number stands in. */
const contentsRowHeight = 84;
export const contentsNumberWidth = 88;

/**
 * The cover and the closing slide: a red card inset from the page's edge, the title in balanced
 * lines over a gold rule, the rest under it, the whole centred in the card.
 */
function placeCover(slide: Pick<Slide, 'id' | 'title' | 'blocks'>, author: string, measure: Measure): SlidePlacement {
  const f = slideFrame;
  const card: Region = {
    x: f.coverInset,
    y: f.coverInset,
    w: slideGeometry.width - 2 * f.coverInset,
    h: slideGeometry.height - 2 * f.coverInset,
  };
  const x = card.x + f.coverPadding.x;
  const width = card.w - 2 * f.coverPadding.x;
  const texts = slide.blocks.filter((block): block is TextBlock => block.type === 'paragraph' || block.type === 'list');
  const lines = balancedLines(measure.kept(slide.title), typeScale.coverTitle, width, 'bold');
  const orgHeight = author ? typeScale.coverOrg * lineHeights.label : 0;
  const titleHeight = lines.length * typeScale.coverTitle * lineHeights.title;
  const textHeight = texts.length > 0 ? measure.blocks(texts, typeScale.coverText, width) : 0;
  const total = (author ? orgHeight + f.coverOrgGap : 0) + titleHeight + 2 * f.coverRuleGap + f.coverRule + textHeight;
  const innerTop = card.y + f.coverPadding.y;
  const innerHeight = card.h - 2 * f.coverPadding.y;
  let y = innerTop + Math.max(0, (innerHeight - total) / 2);
  const items: Placed[] = [{ id: 'cover', role: 'cover', box: card, decorative: true, radius: f.coverRadius }];
  if (author) {
    items.push({ id: 'org', role: 'org', text: author, box: { x, y, w: width, h: orgHeight } });
    y += orgHeight + f.coverOrgGap;
  }
  items.push({ id: 'title', role: 'title', text: slide.title, level: 1, lines, box: { x, y, w: width, h: titleHeight } });
  y += titleHeight + f.coverRuleGap;
  items.push({ id: 'rule', role: 'rule', decorative: true, box: { x, y, w: width, h: f.coverRule } });
  y += f.coverRule + f.coverRuleGap;
  if (texts.length > 0)
    items.push(textItem('text', texts, { x, y, w: width, h: card.y + card.h - f.coverPadding.y - y }, typeScale.coverText));
  const overflows: Overflow[] = total > innerHeight ? [{ part: 'body', needed: total, available: innerHeight }] : [];
  return { slideId: slide.id, kind: 'cover', arrangement: 'cover', textSize: typeScale.coverText, items, overflows };
}

interface Column {
  items: Placed[];
  bottom: number;
  textSize: number;
}

/** Figures and text stacked from the top of a column: each figure a card, each run of text a box as tall as it needs. */
function stackColumn(
  blocks: readonly Block[],
  area: Region,
  figureSize: FigureSize,
  textSize: number,
  measure: Measure,
  topics: readonly Topic[],
): Column {
  const items: Placed[] = [];
  let y = area.y;
  let previousTopic: string | undefined;
  let run: TextBlock[] = [];
  let figures = 0;
  let texts = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const height = measure.blocks(run, textSize, area.w);
    texts += 1;
    items.push(textItem(texts === 1 ? 'text' : `text-${texts}`, run, { ...area, y, h: height }, textSize));
    y += height + slideFrame.stackGap;
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'list') {
      run.push(block);
      continue;
    }
    if (block.type !== 'figure') continue;
    flush();
    figures += 1;
    const topic = findTopic(topics, block.figure.topic)?.topic;
    if (topic && topic.id !== previousTopic) {
      items.push({ id: `topic-${figures}`, role: 'topic', topic, box: { ...area, y, h: topicLabelHeight } });
      y += topicLabelHeight + slideFrame.topicGap;
    }
    previousTopic = block.figure.topic;
    const height = tileHeight(block.figure, figureSize, area.w, measure);
    items.push(tile(`figure-${figures}`, block.figure, figureSize, { ...area, y, h: height }));
    y += height + slideFrame.stackGap;
  }
  flush();
  return { items, bottom: y - slideFrame.stackGap, textSize };
}

/** The largest body size at which the text fits the region, if any does. */
function fitSize(texts: readonly TextBlock[], region: Region, measure: Measure): number | undefined {
  return bodySizes.find((size) => measure.blocks(texts, size, region.w) <= region.h);
}

function textItem(id: string, blocks: readonly TextBlock[], box: Region, size: number): PlacedText {
  return { id, role: 'text', blocks: [...blocks], size, box };
}

/** The band above a row of cards where their topics are named, if any card has a topic. */
function topicBand(figures: readonly FigureSpec[], topics: readonly Topic[]): number {
  return figures.some((figure) => findTopic(topics, figure.topic)) ? topicLabelHeight + slideFrame.topicGap : 0;
}

const topicLabelHeight = typeScale.topicLabel * lineHeights.label;

/** Each run of cards of one topic gets its name once, above them, as wide as the run. */
function topicLabels(
  figures: readonly FigureSpec[],
  topics: readonly Topic[],
  xOf: (index: number) => number,
  width: number,
  gap: number,
  y: number,
): Placed[] {
  const labels: Placed[] = [];
  figures.forEach((figure, index) => {
    const topic = findTopic(topics, figure.topic)?.topic;
    if (!topic || figures[index - 1]?.topic === figure.topic) return;
    let end = index;
    while (figures[end + 1]?.topic === figure.topic) end += 1;
    labels.push({
      id: `topic-${index + 1}`,
      role: 'topic',
      topic,
      box: { x: xOf(index), y, w: (end - index + 1) * width + (end - index) * gap, h: topicLabelHeight },
    });
  });
  return labels;
}

function tile(id: string, figure: FigureSpec, size: FigureSize, box: Region): PlacedFigure {
  const { padX, padY, number } = figureSizes[size];
  const inner = { x: box.x + figureCard.edge + padX, w: box.w - figureCard.edge - 2 * padX };
  const valueHeight = number * lineHeights.figure;
  const labelTop = box.y + padY + valueHeight + figureCard.valueGap;
  return {
    id,
    role: 'figure',
    figure,
    size,
    orientation: 'tile',
    box,
    value: { x: inner.x, y: box.y + padY, w: inner.w, h: valueHeight },
    label: { x: inner.x, y: labelTop, w: inner.w, h: box.y + box.h - padY - labelTop },
  };
}

/** A card's width for its value on one line: its edge, its padding and the value. */
function tileWidth(figure: FigureSpec, size: FigureSize): number {
  return figureCard.edge + 2 * figureSizes[size].padX + figureValueWidth(figure, size);
}

/** A card's height in a column `width` wide: the value, its label and derivation, the padding. */
function tileHeight(figure: FigureSpec, size: FigureSize, width: number, measure: Measure): number {
  const { padX, padY, number } = figureSizes[size];
  const inner = width - figureCard.edge - 2 * padX;
  return 2 * padY + number * lineHeights.figure + figureCard.valueGap + labelBlockHeight(figure, inner, measure);
}

/** A figure's label, and under it the explanation of a derived value. */
function labelBlockHeight(figure: FigureSpec, width: number, measure: Measure): number {
  const lines = (text: string, size: number, cited: boolean): number =>
    measure.lines(text, size, width, 'regular', cited) * size * lineHeights.label;
  return (
    lines(figure.label, typeScale.figureLabel, Boolean(figure.source?.length)) +
    (figure.derived ? figureCard.valueGap + lines(figure.derived, typeScale.derivedNote, false) : 0)
  );
}

/** The figure's value on one line: qualifier and unit beside the number. */
export function figureValueWidth(figure: Pick<FigureSpec, 'qualifier' | 'unit' | 'value'>, size: FigureSize): number {
  const { number, aside } = figureSizes[size];
  const attached = figure.unit?.startsWith('%') ?? false;
  const digits = String(figure.value) + (attached ? (figure.unit ?? '') : '');
  return (
    (figure.qualifier ? estimateTextWidth(`${figure.qualifier} `, aside, 'bold') : 0) +
    estimateTextWidth(digits, number, 'bold') +
    (figure.unit && !attached ? estimateTextWidth(` ${figure.unit}`, aside, 'bold') : 0)
  );
}

/** The explanations of a chart's derived values, each a line or more at the note size. */
function derivedNotesHeight(chart: ChartBlock, width: number, measure: Measure): number {
  const notes = derivedNotes(chartQuantities(chart.chart, measure.locale), measure.locale);
  if (notes.length === 0) return 0;
  const lineHeight = typeScale.derivedNote * lineHeights.label;
  const heights = notes.map((note) => measure.lines(derivedNoteText(note), typeScale.derivedNote, width - derivedSwatch) * lineHeight);
  return heights.reduce((sum, height) => sum + height, 0) + (notes.length - 1) * chartGap;
}

/** The hatched key before a derived value's explanation, and its gap. */
export const derivedSwatch = 36;

/** A source marker's button and its gap (src/theme/meeting-pack.css): room a reader's page needs after a cited text. */
const sourceMarkerWidth = 30;

const cited = (quotes: readonly unknown[] | undefined): boolean => (quotes?.length ?? 0) > 0;

/**
 * Text measured as it will be set: every kept range (a quantity, a code, a phrase, a block's last
 * two words) bound with no-break spaces, so that it is measured as the one unit it is.
 */
class Measure {
  constructor(
    private readonly vocabulary: QuantityVocabulary,
    readonly locale: Pick<Locale, 'strings' | 'formatNumber'>,
  ) {}

  kept(text: string): string {
    return keepRangesTogether(text, this.vocabulary);
  }

  width(text: string, size: number, weight: 'regular' | 'bold' = 'regular'): number {
    return estimateTextWidth(text, size, weight);
  }

  /** Lines of `text`; a cited text has its source marker after its last word, where a reader's page shows it. */
  lines(text: string, size: number, width: number, weight: 'regular' | 'bold' = 'regular', cited = false): number {
    return estimateLines(this.kept(text), size, width, weight, cited ? sourceMarkerWidth : 0);
  }

  /** The height of paragraphs and lists set at `size` in a box `width` wide: the spacing after the last one is not counted. */
  blocks(blocks: readonly TextBlock[], size: number, width: number): number {
    const lineHeight = size * lineHeights.body;
    const heights = blocks.map((block) => {
      if (block.type === 'paragraph')
        return this.lines(inlineText(block.inlines), size, width, 'regular', cited(block.sources)) * lineHeight;
      const itemWidth = width - size * textSpacing.listIndent;
      const items = block.items.map(
        (item, index) => this.lines(inlineText(item), size, itemWidth, 'regular', cited(block.sources?.[index])) * lineHeight,
      );
      return items.reduce((sum, height) => sum + height, 0) + (items.length - 1) * size * textSpacing.listItem;
    });
    return heights.reduce((sum, height) => sum + height, 0) + (heights.length - 1) * size * textSpacing.paragraph;
  }
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => inline.text).join('');
}
