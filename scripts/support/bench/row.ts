import { type Summary, summarise } from './measure.ts';

/** One line of the benchmark: our figure against the baseline measured in the same run. */
export interface Row {
  measure: string;
  ours: Summary;
  baseline: Summary;
  unit: string;
  /** What the baseline is, and the goal. */
  goal: string;
  ratio: number;
  /** Undefined where the row has no goal of its own (it only informs). */
  met: boolean | undefined;
}

export interface RowOptions {
  measure: string;
  ours: readonly number[];
  baseline: readonly number[];
  unit: string;
  /** What the baseline is, such as "blank reveal.js 6 deck". */
  against: string;
  /** The largest ratio of medians that meets the goal; undefined for a row without a goal. */
  atMost?: number;
  /** Or the smallest ratio that meets it (a speed-up such as decktape's time against ours). */
  atLeast?: number;
}

export function compare(options: RowOptions): Row {
  const ours = summarise(options.ours);
  const baseline = summarise(options.baseline);
  const ratio = ours.median / baseline.median;
  const goal =
    options.atMost !== undefined ? `; ≤ ${options.atMost}×` : options.atLeast !== undefined ? `; ≥ ${options.atLeast}×` : ' (no goal)';
  const met = options.atMost !== undefined ? ratio <= options.atMost : options.atLeast !== undefined ? ratio >= options.atLeast : undefined;
  return { measure: options.measure, ours, baseline, unit: options.unit, goal: `${options.against}${goal}`, ratio, met };
}

/** Runs each round's steps, the order swapped every other round, so neither side always goes first. */
export async function interleave(runs: number, steps: readonly (() => Promise<void>)[], onRound?: (round: number) => void): Promise<void> {
  for (let round = 0; round < runs; round++) {
    const order = steps.map((_, index) => steps[(index + round) % steps.length] as () => Promise<void>);
    for (const step of order) await step();
    onRound?.(round);
  }
}

export function formatSummary(summary: Summary, unit: string): string {
  const digits = unit === 'ms' || unit === 'MiB' || unit === 'KB' ? 0 : 2;
  const value = (number: number): string => number.toFixed(digits);
  return summary.min === summary.max
    ? `${value(summary.median)} ${unit}`
    : `${value(summary.median)} ${unit} (${value(summary.min)}–${value(summary.max)})`;
}

export function formatTable(rows: readonly Row[]): string[] {
  return [
    '| Measure | Ours: median (range) | Baseline: median (range) | Baseline and goal | Ratio | Goal |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${formatSummary(row.ours, row.unit)} | ${formatSummary(row.baseline, row.unit)} | ${row.goal} | ${row.ratio.toFixed(2)}× | ${row.met === undefined ? '—' : row.met ? 'met' : 'NOT met'} |`,
    ),
  ];
}
