import { toChartView } from '../charts/to-chart-view.ts';
import { renderChartCsv } from '../csv/render-chart-csv.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { chartDataFiles } from '../model/output-files.ts';

/**
 * The single-file deck carried alone on a USB stick has no data/ folder beside it: each chart's
 * "Tải dữ liệu (CSV)" link carries its file itself, as a data: address saved under the file's name.
 */
export function inlineChartData(html: string, context: DeckContext): string {
  let result = html;
  for (const { chart, file } of chartDataFiles(context.deck)) {
    const link = `href="./${file}" download`;
    if (!result.includes(link)) throw new Error(`the offline page has no link to ${file}`);
    const csv = Buffer.from(renderChartCsv(toChartView(chart.chart, context), context), 'utf8').toString('base64');
    const name = file.slice(file.lastIndexOf('/') + 1);
    result = result.replaceAll(link, () => `href="data:text/csv;charset=utf-8;base64,${csv}" download="${name}"`);
  }
  return result;
}
