import type { ChartType } from '../model/deck.ts';
import type { ValueScale } from './value-scale.ts';

/**
 * What a chart needs in the browser and in the PowerPoint file: values, colours and the labels
 * already formatted by the deck's Locale, and the value axis, decided once for every output.
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
}

export interface ChartViewItem {
  label: string;
  /** The category label in lines short enough for a bar's width. */
  labelLines: string[];
  value: number;
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
}
