import type { ChartBlock, ContentsEntry, FigureSpec, StatementSpec, TextBlock, Topic } from '../deck.ts';
import type { Region } from '../geometry.ts';
import { typeScale } from '../typography.ts';

/** Where every element of one slide goes, in boxes on the 1280 × 720 page. */
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

export interface PlacedBase {
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

export interface BodyPlacement {
  arrangement: Arrangement;
  textSize: number;
  items: Placed[];
  overflows: Overflow[];
}

/** The two body sizes: every content slide's text is one or the other. */
export const bodySizes = [typeScale.body, typeScale.bodyDense] as const;

/** A figure card's type sizes and inner padding, in pixels, normal or compact. */
export const figureSizes: Record<FigureSize, { number: number; aside: number; padX: number; padY: number }> = {
  normal: { number: typeScale.figureNumber, aside: typeScale.figureAside, padX: 28, padY: 20 },
  compact: { number: typeScale.figureNumberCompact, aside: typeScale.figureAsideCompact, padX: 22, padY: 16 },
};

/** A figure card's coloured edge, and the gap between its value and its label. */
export const figureCard = { edge: 8, valueGap: 6 } as const;
