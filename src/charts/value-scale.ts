import type { ChartType } from '../model/deck.ts';

/** A value axis: from zero to `max`, a tick every `step`. */
export interface ValueScale {
  min: 0;
  max: number;
  step: number;
}

/** At most this many intervals between ticks: a few round numbers, easy to read from afar. */
const maxIntervals = 5;

/**
 * Room past the longest bar: a little above a column (its value label also gets the chart's top
 * padding), more beside a horizontal bar, where the label runs along the axis.
 */
const headroom: Record<Exclude<ChartType, 'doughnut'>, number> = { bar: 1.08, horizontalBar: 1.5 };

/**
 * The value axis of a bar chart, decided once so that the web deck, the PDF, the PNGs and the
 * PowerPoint file draw the same axis: it starts at zero, so that a bar's length is its value,
 * and ends at a round number with room for the value labels.
 */
export function valueScale(values: readonly number[], type: Exclude<ChartType, 'doughnut'>): ValueScale {
  const target = Math.max(0, ...values) * headroom[type];
  if (target <= 0) return { min: 0, max: 1, step: 1 };
  const magnitude = 10 ** Math.floor(Math.log10(target / maxIntervals));
  const step =
    [1, 2, 2.5, 5, 10, 20].map((factor) => factor * magnitude).find((candidate) => target / candidate <= maxIntervals) ?? 10 * magnitude;
  const round = (value: number): number => Number(value.toPrecision(12));
  return { min: 0, max: round(Math.ceil(target / step - 1e-9) * step), step: round(step) };
}
