import type { ChartType } from '../model/deck.ts';

/** What a chart needs in the browser: values plus the labels already formatted by the deck's Locale. */
export interface ChartView {
  type: ChartType;
  title: string;
  /** The Intl locale for the axis numbers, such as "vi-VN". */
  numberLocale: string;
  items: ChartViewItem[];
}

export interface ChartViewItem {
  label: string;
  value: number;
  /** The printed value label, one string per line: ["trên 80", "người"]. */
  lines: string[];
  derived: boolean;
}
