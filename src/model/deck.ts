/**
 * The one model every output (web deck, PDF, PNG, PPTX) is built from. src/content reads and
 * validates slides/ into it; nothing here knows how the content is written or rendered.
 */

/** A figure from the source, such as 80 with its qualifier "trên" and its unit "người". */
export interface Quantity {
  label: string;
  value: number;
  qualifier?: string;
  unit?: string;
  /** Why this value is not in the source but derived from it; shown next to the value. */
  derived?: string;
}

export const chartTypes = ['bar', 'horizontalBar', 'doughnut'] as const;
export type ChartType = (typeof chartTypes)[number];

export interface ChartSpec {
  type: ChartType;
  title: string;
  items: Quantity[];
}

export type FigureSpec = Quantity;

export interface Inline {
  text: string;
  strong?: boolean;
  em?: boolean;
}

export type ParagraphBlock = { type: 'paragraph'; inlines: Inline[] };
export type ListBlock = { type: 'list'; ordered: boolean; items: Inline[][] };
export type ChartBlock = { type: 'chart'; id: string; chart: ChartSpec };
export type FigureBlock = { type: 'figure'; figure: FigureSpec };
export type Block = ParagraphBlock | ListBlock | ChartBlock | FigureBlock;

export interface SourceLocation {
  file: string;
  line: number;
}

export interface Slide {
  id: string;
  /** 1-based position in the whole deck. */
  number: number;
  /** A level-1 heading makes a title slide; a level-2 heading a content slide. */
  kind: 'title' | 'content';
  title: string;
  blocks: Block[];
  /** Speaker notes, one string per paragraph. */
  notes: string[];
  fragments: boolean;
  location: SourceLocation;
}

export interface Section {
  id: string;
  title: string;
  file: string;
  slides: Slide[];
}

export interface DeckMeta {
  title: string;
  shortTitle?: string;
  subtitle?: string;
  author: string;
  date: string;
  /** BCP 47 language of the content, such as "vi"; it chooses the deck's Locale. */
  lang: string;
  description: string;
  keywords: string[];
  source?: string;
}

export interface Deck {
  meta: DeckMeta;
  sections: Section[];
}

export function allSlides(deck: Deck): Slide[] {
  return deck.sections.flatMap((section) => section.slides);
}
