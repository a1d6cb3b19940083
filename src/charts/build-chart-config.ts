import type { ChartConfiguration } from 'chart.js';
import type { Context } from 'chartjs-plugin-datalabels';
import type { ChartView } from './chart-view.ts';
import type { ChartTheme } from './theme.ts';

export interface ChartConfigOptions {
  animate: boolean;
  /** Called once the chart has finished drawing, animated or not. */
  onDrawn?: () => void;
}

/** Canvas text shrinks on a narrow chart (a phone screen) so that long labels still fit. */
export function fittedFontSize(size: number, chartWidth: number): number {
  return chartWidth < narrowChartWidth ? Math.round(size * 0.7) : size;
}

const narrowChartWidth = 560;

interface SizedContext {
  chart: { width: number };
}

type FontWeight = 'bold' | 600 | undefined;

function fittedFont(theme: ChartTheme, size: number, weight?: FontWeight, lineHeight?: number) {
  return (context: SizedContext) => ({ family: theme.fontFamily, size: fittedFontSize(size, context.chart.width), weight, lineHeight });
}

export type DeckChartConfiguration = ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

/** Turns a chart from the content into a Chart.js configuration styled by the theme. */
export function buildChartConfig(view: ChartView, theme: ChartTheme, options: ChartConfigOptions): DeckChartConfiguration {
  return view.type === 'doughnut' ? buildDoughnut(view, theme, options) : buildBar(view, theme, options);
}

function colourAt(theme: ChartTheme, index: number): string {
  return theme.palette[index % theme.palette.length] ?? theme.textColor;
}

function itemColour(view: ChartView, theme: ChartTheme, index: number): string {
  return view.items[index]?.derived ? theme.derivedColor : colourAt(theme, index);
}

function common(view: ChartView, theme: ChartTheme, options: ChartConfigOptions) {
  return {
    locale: view.numberLocale,
    responsive: true,
    maintainAspectRatio: false,
    // Printed and exported decks need their final state at once; on screen the bars grow in.
    animation: options.animate ? { duration: 900, onComplete: options.onDrawn } : (false as const),
    events: [] as [],
    font: { family: theme.fontFamily },
    plugins: {
      legend: { display: false },
      tooltip: { enabled: false },
      datalabels: {
        formatter: (_value: unknown, context: Context) => view.items[context.dataIndex]?.lines.join('\n') ?? '',
        font: fittedFont(theme, theme.valueLabelSize, 'bold', 1.15),
        textAlign: 'center' as const,
      },
    },
  };
}

function buildBar(view: ChartView, theme: ChartTheme, options: ChartConfigOptions): ChartConfiguration<'bar'> {
  const horizontal = view.type === 'horizontalBar';
  const base = common(view, theme, options);
  const valueAxis = {
    beginAtZero: true,
    grace: horizontal ? '45%' : '30%',
    grid: { color: theme.gridColor },
    border: { display: false },
    ticks: { color: theme.mutedColor, font: fittedFont(theme, theme.tickSize - 4), maxTicksLimit: 5 },
  };
  const categoryAxis = {
    grid: { display: false },
    ticks: { color: theme.textColor, font: fittedFont(theme, theme.tickSize, 600) },
  };
  return {
    type: 'bar',
    data: {
      labels: view.items.map((item) => item.label),
      datasets: [
        {
          label: view.title,
          data: view.items.map((item) => item.value),
          backgroundColor: view.items.map((item, index) => (item.derived ? theme.derivedFill : colourAt(theme, index))),
          borderColor: view.items.map((_item, index) => itemColour(view, theme, index)),
          borderWidth: view.items.map((item) => (item.derived ? 3 : 0)),
          borderRadius: 4,
          maxBarThickness: horizontal ? 90 : 160,
        },
      ],
    },
    options: {
      ...base,
      indexAxis: horizontal ? 'y' : 'x',
      // Room for the value label past the longest bar when a phone makes the chart narrow.
      layout: { padding: (context: SizedContext) => ({ right: horizontal && context.chart.width < narrowChartWidth ? 32 : 0 }) },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        ...base.plugins,
        datalabels: {
          ...base.plugins.datalabels,
          anchor: 'end',
          align: 'end',
          offset: 6,
          textAlign: horizontal ? 'left' : 'center',
          color: (context: Context) => itemColour(view, theme, context.dataIndex),
        },
      },
    },
  };
}

function buildDoughnut(view: ChartView, theme: ChartTheme, options: ChartConfigOptions): ChartConfiguration<'doughnut'> {
  const base = common(view, theme, options);
  return {
    type: 'doughnut',
    data: {
      labels: view.items.map((item) => item.label),
      datasets: [
        {
          label: view.title,
          data: view.items.map((item) => item.value),
          backgroundColor: view.items.map((item, index) => (item.derived ? theme.derivedFill : colourAt(theme, index))),
          borderColor: '#ffffff',
          borderWidth: 3,
        },
      ],
    },
    options: {
      ...base,
      cutout: '36%',
      layout: { padding: 8 },
      plugins: {
        ...base.plugins,
        legend: {
          display: true,
          position: 'bottom',
          labels: { color: theme.textColor, font: fittedFont(theme, theme.legendSize), boxWidth: 22, padding: 18 },
        },
        datalabels: { ...base.plugins.datalabels, color: '#ffffff' },
      },
    },
  };
}
