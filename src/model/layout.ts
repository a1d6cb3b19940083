import type { Block, ChartBlock, FigureBlock, Slide } from './deck.ts';

/**
 * How a slide's blocks are placed, decided here once for every renderer:
 * - title: the cover panel, everything under the heading;
 * - chart: the text in the narrow column, the charts in the wide one (or the charts alone);
 * - figure: the big figures in the narrow column beside the text (or the figures alone);
 * - text: one column.
 */
export type SlideLayout =
  | { kind: 'title'; blocks: Block[] }
  | { kind: 'chart'; text: Block[]; charts: ChartBlock[] }
  | { kind: 'figure'; figures: FigureBlock[]; text: Block[] }
  | { kind: 'text'; text: Block[] };

export type LayoutKind = SlideLayout['kind'];

/** The narrow column's share of the content width, where a slide has two columns. */
export const narrowColumnShare = 0.4;

export function slideLayout(slide: Pick<Slide, 'kind' | 'blocks'>): SlideLayout {
  const { blocks } = slide;
  if (slide.kind === 'title') return { kind: 'title', blocks };
  const charts = blocks.filter((block): block is ChartBlock => block.type === 'chart');
  if (charts.length > 0) return { kind: 'chart', charts, text: blocks.filter((block) => block.type !== 'chart') };
  const figures = blocks.filter((block): block is FigureBlock => block.type === 'figure');
  if (figures.length > 0) return { kind: 'figure', figures, text: blocks.filter((block) => block.type !== 'figure') };
  return { kind: 'text', text: [...blocks] };
}
