import type { ChartType } from '../content/schema.ts';

/** What a chart needs in the browser: values plus the labels already formatted for vi-VN. */
export interface ChartView {
  type: ChartType;
  title: string;
  items: ChartViewItem[];
}

export interface ChartViewItem {
  label: string;
  value: number;
  /** The printed value label, one string per line: ["trên 80", "người"]. */
  lines: string[];
  derived: boolean;
}
