import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale } from 'chart.js';
import ChartDataLabels from 'chartjs-plugin-datalabels';
import { buildChartConfig } from './build-chart-config.ts';

/**
 * What the browser needs to draw a chart, loaded as one chunk when a chart is near: Chart.js with
 * the parts the deck uses, and the deck's chart configurations, which nothing needs before.
 */
export interface ChartKit {
  Chart: typeof Chart;
  buildChartConfig: typeof buildChartConfig;
}

/** Only the parts the deck's chart types use, so the bundle carries nothing else. */
export function registerCharts(): ChartKit {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, ChartDataLabels);
  return { Chart, buildChartConfig };
}
