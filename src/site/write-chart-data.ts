import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toChartView } from '../charts/to-chart-view.ts';
import { renderChartCsv } from '../csv/render-chart-csv.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { chartDataFiles } from '../model/output-files.ts';

/** Writes each chart's data as dist/data/NN-slide-id.csv; returns the files written, relative to `distDir`. */
export async function writeChartData(distDir: string, context: DeckContext): Promise<string[]> {
  const files = chartDataFiles(context.deck);
  for (const { chart, file } of files) {
    await mkdir(path.dirname(path.join(distDir, file)), { recursive: true });
    await writeFile(path.join(distDir, file), renderChartCsv(toChartView(chart.chart, context), context));
  }
  return files.map(({ file }) => file);
}
