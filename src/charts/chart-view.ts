import type { ChartType, Quantity } from '../model/deck.ts';
import type { DerivedNote, QuantityParts } from '../model/quantity.ts';
import type { ValueScale } from './value-scale.ts';

/**
 * Everything any output needs to draw or describe one chart, decided once: values, colours, the
 * labels formatted by the deck's Locale, the value axis, the accessible name and description, and
 * the explanations of derived values. The web deck, the PowerPoint file, the CSV files and the PDF
 * attachments all render from it.
 */
export interface ChartView {
  type: ChartType;
  title: string;
  /** The Intl locale for the axis numbers, such as "vi-VN". */
  numberLocale: string;
  /** The one unit all items share (a content rule): said once, on the axis, where a chart is too narrow for whole labels. */
  unit?: string;
  /**
   * Lines to leave under the bars for the category labels: the most any chart of the slide needs,
   * so that charts side by side stand on one baseline.
   */
  categoryLines?: number;
  /** Bars: the value axis, from zero. */
  scale: ValueScale;
  items: ChartViewItem[];
  /** What a screen reader names the chart by: what it compares, with no values ("Biểu đồ: Số vụ"). */
  name: string;
  /** The chart in words, every value with its qualifier and unit, derived ones marked: the alternative text of a PDF figure or a PowerPoint chart. */
  description: string;
  /** One explanation per derived value, shown under the chart. */
  notes: DerivedNote[];
}

export interface ChartViewItem {
  label: string;
  /** The category label in lines short enough for a bar's width. */
  labelLines: string[];
  value: number;
  /** The value's parts as the model decides them: what a spreadsheet's number format is made from. */
  parts: QuantityParts;
  /** The value label: the whole quantity on one line, then the derived mark: ["khoảng 300 lượt người", "(suy ra)"]. */
  lines: string[];
  /** The same without the unit, for a narrow chart whose axis names the unit: ["khoảng 300", "(suy ra)"]. */
  shortLines: string[];
  derived: boolean;
  /** The topic's colour, or the neutral colour for an item with no topic. */
  colour: string;
  /** The topic's id (deck.yaml) and name, which the chart always shows beside its colour. */
  topicId?: string;
  topic?: string;
  /** A part-to-whole chart's share that the parts leave of the whole. */
  remainder?: boolean;
  /** The content's own item, with its citation and derivation, for the data files. */
  quantity: Quantity;
}
