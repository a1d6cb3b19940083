import type { ChartType } from '../model/deck.ts';
import type { Arrangement } from '../model/placement.ts';

/**
 * A plain description of the PowerPoint file: what each slide shows and where, in inches on a
 * 13.333 × 7.5 in (16:9) slide, colours as "RRGGBB". Built from the Deck by buildPptxSlides, written
 * by renderPptx; nothing here knows about pptxgenjs, so the mapping can be compared with a golden file.
 */
export interface PptxDeck {
  meta: PptxMeta;
  fontFace: string;
  /** List bullets and numbers, in the accent colour as on the web deck. */
  bulletColor: string;
  /** Where every content slide's title sits: the title placeholder of their layout. */
  titleBox: Box;
  slides: PptxSlide[];
}

export interface PptxMeta {
  title: string;
  subject: string;
  author: string;
  /** BCP 47, as deck.yaml writes it ("vi"): the document's language. */
  lang: string;
  /** Every run's proofing language, with its region: the Locale's officeLanguage ("vi-VN"). */
  proofingLanguage: string;
  keywords: string[];
}

export interface PptxSlide {
  /** The deck slide's id, for deep links on the web and for reading this description. */
  id: string;
  /** The arrangement the model chose for the slide's body. */
  layout: Arrangement;
  background: string;
  /** In reading order, which is also the order a screen reader and the Tab key take. */
  shapes: PptxShape[];
  /** Speaker notes, one string per paragraph: the spoken script. */
  notes: string[];
  /** Presenter hints, after the script and set apart from it, under `hintLabel`. */
  hints: string[];
  hintLabel: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type PptxShape = TextShape | RectShape | RuleShape | ChartShape;

export interface TextShape {
  kind: 'text';
  name: string;
  box: Box;
  valign: 'top' | 'middle' | 'bottom';
  align?: 'left' | 'right';
  /**
   * The slide's title goes in the slide's title placeholder, the cover's in a centre-title one:
   * PowerPoint's slide list, outline and accessibility check read the title from there.
   */
  placeholder?: 'title' | 'centreTitle';
  /** False for a line that must never wrap, such as a figure's value. */
  wrap?: boolean;
  paragraphs: TextParagraph[];
}

export interface TextParagraph {
  runs: TextRun[];
  /** Points. */
  fontSize: number;
  color: string;
  bold?: boolean;
  bullet?: 'bullet' | 'number';
  /** The number of an ordered list's first item, when a list continues in a second column. */
  startAt?: number;
  /** Points from a list point's bullet to its text. */
  indent?: number;
  /** Inches from the paragraph's start to its one tab stop (a contents entry's title after its number). */
  tabStop?: number;
  /** Points before and after the paragraph. */
  spaceBefore?: number;
  spaceAfter?: number;
  /** Line height as a multiple of the paragraph's largest font size, written as an exact height. */
  lineSpacing?: number;
  /** Points between letters. */
  charSpacing?: number;
}

export interface TextRun {
  text: string;
  /** Starts a new line within the paragraph (a soft line break). */
  breakBefore?: boolean;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fontSize?: number;
}

export interface RectShape {
  kind: 'rect';
  name: string;
  box: Box;
  fill: string;
  shadow?: boolean;
  /** The corners' radius in inches, as the web deck's cover card has them. */
  radius?: number;
  /** A shape that only decorates: screen readers skip it. */
  decorative?: boolean;
}

/** A horizontal rule, such as the gold line under a title. */
export interface RuleShape {
  kind: 'rule';
  name: string;
  box: Box;
  color: string;
  /** Points. */
  width: number;
  decorative?: boolean;
}

export interface ChartShape {
  kind: 'chart';
  name: string;
  box: Box;
  chartType: ChartType;
  title: string;
  /** The value axis, the same as the web deck's (src/charts/value-scale.ts). */
  scale: { min: number; max: number; step: number };
  /** What a screen reader says: the chart's title and every value with its label. */
  altText: string;
  items: ChartShapeItem[];
  style: ChartShapeStyle;
}

export interface ChartShapeItem {
  label: string;
  value: number;
  /** The value label as the web deck prints it, on one line: "trên 80 người". */
  valueLabel: string;
  /** The same label as a number format, so it follows the value when the data is edited. */
  formatCode: string;
  fill: string;
  /** An outline and hatching, drawn for a derived value as on the web deck. */
  outline?: string;
  hatch?: string;
  labelColor: string;
  derived: boolean;
}

export interface ChartShapeStyle {
  textColor: string;
  mutedColor: string;
  gridColor: string;
  valueLabelSize: number;
  /** Category labels. */
  tickSize: number;
  valueTickSize: number;
  legendSize: number;
  /** Doughnut: slice borders, in the page colour. */
  sliceBorder: string;
}
