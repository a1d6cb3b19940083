import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale } from 'chart.js';
import ChartDataLabels from 'chartjs-plugin-datalabels';

/** Only the parts the deck's chart types use, so the bundle carries nothing else. */
export function registerCharts(): typeof Chart {
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, ChartDataLabels);
  return Chart;
}
