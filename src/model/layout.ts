import type { Block, ChartBlock, FigureBlock, FigureSpec, Inline, Slide } from './deck.ts';
import { type Region, slideFrame, slideGeometry, slideRegions } from './geometry.ts';
import { estimateLines, estimateTextWidth } from './text-metrics.ts';
import { lineHeights, typeScale } from './typography.ts';

/**
 * How a slide's blocks are placed, decided here once for every renderer (HTML, PDF, PNG, PPTX):
 * - title: the cover panel, everything under the heading;
 * - chart: the text in the narrow column, the charts in the wide one (or the charts alone, side by side);
 * - figure: the big figures in a row above the text, or in the narrow column beside it (or alone);
 * - text: one column, or a long list in two columns.
 * A slide with little text gets larger type, and a full one compact type, so that the body fills
 * the area under the title without overflowing it; renderers centre the body in that area.
 */
export type SlideLayout =
  | { kind: 'title'; blocks: Block[] }
  | { kind: 'chart'; text: Block[]; charts: ChartBlock[]; textSize: TextSize }
  | {
      kind: 'figure';
      figures: FigureBlock[];
      text: Block[];
      arrangement: FigureArrangement;
      figureSize: FigureSize;
      /** In a column beside text: the column's share of the content width, wide enough for the widest figure. */
      columnShare: ColumnShare;
      textSize: TextSize;
    }
  | { kind: 'text'; text: Block[]; textSize: TextSize; listColumns: 1 | 2 };

export type LayoutKind = SlideLayout['kind'];

/** Body type: `large` for a slide with little text, `compact` for a full one. */
export type TextSize = 'normal' | 'large' | 'compact';
export type FigureArrangement = 'row' | 'column';
export type FigureSize = 'normal' | 'compact';

/** The narrow column's share of the content width, where a slide has two columns. */
export const narrowColumnShare = 0.4;

/** The shares a figure column may take, so that a figure's value fits on one line. */
export const columnShares = [0.4, 0.45, 0.5, 0.55] as const;
export type ColumnShare = (typeof columnShares)[number];

/** A list with at least this many points goes into two columns. */
export const twoColumnListItems = 5;

/** A slide whose text takes this share of the body's height or less reads as thin... */
const thinShare = 0.6;
/** ...and gets large type, where that still leaves a margin of this share. */
const largeShare = 0.75;

export const textSizes: Record<TextSize, number> = {
  normal: typeScale.body,
  large: typeScale.bodyLarge,
  compact: typeScale.bodyCompact,
};

/** A figure card's type sizes and inner padding, in pixels, normal or compact. */
export const figureSizes: Record<FigureSize, { number: number; aside: number; padX: number; padY: number }> = {
  normal: { number: typeScale.figureNumber, aside: typeScale.figureAside, padX: 28, padY: 20 },
  compact: { number: typeScale.figureNumberCompact, aside: typeScale.figureAsideCompact, padX: 22, padY: 18 },
};

/** A figure card's coloured edge and the gap between cards, in pixels. */
export const figureCard = { edge: 8, gap: 20 } as const;

/** How many lines a slide title takes at the design size. */
export function titleLineCount(title: string): number {
  return estimateLines(title, typeScale.title, slideGeometry.width - 2 * slideFrame.marginX, 'bold');
}

/** The body area of a content slide, under its title. */
export function bodyRegion(slide: Pick<Slide, 'title'>): Region {
  return slideRegions(titleLineCount(slide.title)).body;
}

export function slideLayout(slide: Pick<Slide, 'kind' | 'blocks' | 'title'>): SlideLayout {
  const { blocks } = slide;
  if (slide.kind === 'title') return { kind: 'title', blocks };
  const body = bodyRegion(slide);
  const charts = blocks.filter((block): block is ChartBlock => block.type === 'chart');
  if (charts.length > 0) {
    const text = blocks.filter((block) => block.type !== 'chart');
    const column = body.w * narrowColumnShare;
    return { kind: 'chart', charts, text, textSize: fitTextSize(text, column, body.h, { allowLarge: false }) };
  }
  const figures = blocks.filter((block): block is FigureBlock => block.type === 'figure');
  if (figures.length > 0)
    return figureLayout(
      figures,
      blocks.filter((block) => block.type !== 'figure'),
      body,
    );
  const listColumns = blocks.some((block) => block.type === 'list' && block.items.length >= twoColumnListItems) ? 2 : 1;
  return { kind: 'text', text: [...blocks], listColumns, textSize: fitTextSize(blocks, body.w, body.h, { listColumns }) };
}

function figureLayout(figures: FigureBlock[], text: Block[], body: Region): SlideLayout {
  const specs = figures.map((block) => block.figure);
  const fitsRow = (size: FigureSize): boolean => rowWidth(specs, size) <= body.w;
  const inRow = figures.length > 1 || text.length === 0;
  if (inRow && (fitsRow('normal') || (figures.length > 1 && fitsRow('compact')))) {
    const figureSize: FigureSize = fitsRow('normal') ? 'normal' : 'compact';
    const widths = rowCardWidths(specs, figureSize, body.w);
    const cards = Math.max(...specs.map((figure, index) => figureHeight(figure, figureSize, widths[index] ?? body.w)));
    const textHeight = body.h - cards - slideFrame.bodyGap;
    return {
      kind: 'figure',
      figures,
      text,
      arrangement: 'row',
      figureSize,
      columnShare: narrowColumnShare,
      textSize: fitTextSize(text, body.w, textHeight),
    };
  }
  const widest = (size: FigureSize): number => Math.max(...specs.map((figure) => cardWidth(figure, size)));
  const shareFor = (size: FigureSize): ColumnShare | undefined => columnShares.find((share) => widest(size) <= body.w * share);
  const stacked = (size: FigureSize, width: number): number =>
    specs.reduce((sum, figure) => sum + figureHeight(figure, size, width), 0) + (specs.length - 1) * figureCard.gap;
  const normalShare = shareFor('normal');
  const figureSize: FigureSize =
    normalShare !== undefined && stacked('normal', text.length > 0 ? body.w * normalShare : body.w) <= body.h ? 'normal' : 'compact';
  const columnShare =
    (figureSize === 'normal' ? normalShare : shareFor('compact')) ?? columnShares[columnShares.length - 1] ?? narrowColumnShare;
  const textWidth = body.w * (1 - columnShare) - slideFrame.columnGap;
  return { kind: 'figure', figures, text, arrangement: 'column', figureSize, columnShare, textSize: fitTextSize(text, textWidth, body.h) };
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

function cardWidth(figure: FigureSpec, size: FigureSize): number {
  return figureCard.edge + 2 * figureSizes[size].padX + figureValueWidth(figure, size);
}

/**
 * The widths of figure cards in a row `width` wide: each as wide as its value, and what is left
 * shared equally, as CSS flex: 1 1 auto shares it on the web deck.
 */
export function rowCardWidths(figures: readonly FigureSpec[], size: FigureSize, width: number): number[] {
  const natural = figures.map((figure) => cardWidth(figure, size));
  const free = width - (figures.length - 1) * figureCard.gap - natural.reduce((sum, card) => sum + card, 0);
  return natural.map((card) => card + free / figures.length);
}

function rowWidth(figures: readonly FigureSpec[], size: FigureSize): number {
  return figures.reduce((sum, figure) => sum + cardWidth(figure, size), 0) + (figures.length - 1) * figureCard.gap;
}

/** A figure card's height in a column `width` wide: topic, value, label and derived note. */
export function figureHeight(figure: FigureSpec, size: FigureSize, width: number): number {
  const { padX, padY } = figureSizes[size];
  const inner = width - figureCard.edge - 2 * padX;
  const lines = (text: string, px: number): number => estimateLines(text, px, inner) * px * lineHeights.label;
  return (
    2 * padY +
    (figure.topic ? typeScale.figureTopic * lineHeights.label + 4 : 0) +
    figureSizes[size].number * lineHeights.figure +
    6 +
    lines(figure.label, typeScale.figureLabel) +
    (figure.derived ? 6 + lines(figure.derived, typeScale.derivedNote) : 0)
  );
}

interface FitOptions {
  listColumns?: 1 | 2;
  allowLarge?: boolean;
}

/** The largest body size at which the text fits the area: large when the slide is thin, compact when it is full. */
function fitTextSize(blocks: readonly Block[], width: number, height: number, options: FitOptions = {}): TextSize {
  const textBlocks = blocks.filter((block) => block.type === 'paragraph' || block.type === 'list');
  if (textBlocks.length === 0) return 'normal';
  const measure = (size: TextSize): number => textHeight(textBlocks, textSizes[size], width, options.listColumns ?? 1);
  if (options.allowLarge !== false && measure('normal') <= height * thinShare && measure('large') <= height * largeShare) return 'large';
  return measure('normal') <= height ? 'normal' : 'compact';
}

/** The height of paragraphs and lists at `size`, lists split into `columns` columns. */
export function textHeight(blocks: readonly Block[], size: number, width: number, columns: 1 | 2 = 1): number {
  const lineHeight = size * lineHeights.body;
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') total += estimateLines(inlineText(block.inlines), size, width) * lineHeight + size * 0.6;
    if (block.type === 'list') {
      const columnWidth = columns === 2 ? (width - slideFrame.columnGap) / 2 : width;
      const heights = block.items.map((item) => estimateLines(inlineText(item), size, columnWidth - size * 1.4) * lineHeight + size * 0.55);
      const perColumn = columns === 2 ? Math.ceil(heights.length / 2) : heights.length;
      const columnHeights = [heights.slice(0, perColumn), heights.slice(perColumn)].map((part) => part.reduce((a, b) => a + b, 0));
      total += Math.max(...columnHeights);
    }
  }
  return total;
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => inline.text).join('');
}
