import { formatNumber } from '../content/format-value.ts';
import type { ChartSpec, Quantity } from '../content/schema.ts';
import type { ChartView } from './chart-view.ts';

export interface ChartViewOptions {
  /** Appended to a derived value's label, such as "(suy ra)". */
  derivedMark: string;
}

export function toChartView(spec: ChartSpec, options: ChartViewOptions): ChartView {
  return {
    type: spec.type,
    title: spec.title,
    items: spec.items.map((item) => ({
      label: item.label,
      value: item.value,
      lines: valueLines(item, options),
      derived: Boolean(item.derived),
    })),
  };
}

function valueLines(item: Quantity, options: ChartViewOptions): string[] {
  const number = formatNumber(item.value);
  const unitIsPercent = item.unit?.startsWith('%') ?? false;
  const head = [item.qualifier, unitIsPercent ? `${number}${item.unit}` : number].filter(Boolean).join(' ');
  const lines = [head];
  if (item.unit && !unitIsPercent) lines.push(item.unit);
  if (item.derived) lines.push(options.derivedMark);
  return lines;
}
