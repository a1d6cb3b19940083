import type { ChartConfiguration, ScriptableCartesianScaleContext } from 'chart.js';
import type { Context } from 'chartjs-plugin-datalabels';
import { defaults } from '../base/defaults.ts';
import type { ChartView, ChartViewItem } from './chart-view.ts';
import { type ChartTheme, chartTheme } from './theme.ts';

export interface ChartConfigOptions {
  animate: boolean;
  /** Called once the chart has finished drawing, animated or not. */
  onDrawn?: () => void;
  /** A derived value's fill: in the browser, a hatch pattern in its topic's colour. */
  derivedFill?: (colour: string) => string | CanvasPattern;
}

/** Canvas text shrinks on a narrow chart (a phone screen), never below the phone's reading size. */
export function fittedFontSize(size: number, chartWidth: number, theme: ChartTheme = chartTheme): number {
  return chartWidth < theme.narrowWidth ? Math.max(theme.narrowMinimumSize, Math.round(size * 0.75)) : size;
}

interface SizedContext {
  chart: { width: number };
}

type FontWeight = 'bold' | 600 | undefined;

function fittedFont(theme: ChartTheme, size: number, weight?: FontWeight, lineHeight?: number) {
  return (context: SizedContext) => ({
    family: theme.fontFamily,
    size: fittedFontSize(size, context.chart.width, theme),
    weight,
    lineHeight,
  });
}

/** Chart.js gives scale options a context that inherits the chart's (`context.chart`), though its types leave it out. */
function forScale<T>(option: (context: SizedContext) => T): (context: ScriptableCartesianScaleContext) => T {
  return option as unknown as (context: ScriptableCartesianScaleContext) => T;
}

const isNarrow = (theme: ChartTheme, chart: { width: number }): boolean => chart.width < theme.narrowWidth;

/** The value label a chart of this width prints: the whole quantity, or, on a narrow chart, the number (the axis names the unit). */
export function valueLabelLines(item: ChartViewItem | undefined, chartWidth: number, theme: ChartTheme = chartTheme): string[] {
  if (!item) return [];
  return chartWidth < theme.narrowWidth ? item.shortLines : item.lines;
}

export type DeckChartConfiguration = ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>;

/** Turns a chart from the content into a Chart.js configuration styled by the theme. */
export function buildChartConfig(view: ChartView, theme: ChartTheme, options: ChartConfigOptions): DeckChartConfiguration {
  return view.type === 'doughnut' ? buildDoughnut(view, theme, options) : buildBar(view, theme, options);
}

function fills(view: ChartView, theme: ChartTheme, options: ChartConfigOptions): (string | CanvasPattern)[] {
  return view.items.map((item) => (item.derived ? (options.derivedFill?.(item.colour) ?? theme.derivedFill) : item.colour));
}

function common(view: ChartView, theme: ChartTheme, options: ChartConfigOptions) {
  return {
    locale: view.numberLocale,
    responsive: true,
    maintainAspectRatio: false,
    // Printed and exported decks need their final state at once; on screen the bars grow in.
    animation: options.animate ? { duration: defaults.chartAnimationMs, onComplete: options.onDrawn } : (false as const),
    events: [] as [],
    font: { family: theme.fontFamily },
    plugins: {
      legend: { display: false },
      tooltip: { enabled: false },
      datalabels: {
        formatter: (_value: unknown, context: Context) =>
          valueLabelLines(view.items[context.dataIndex], context.chart.width, theme).join('\n'),
        font: fittedFont(theme, theme.valueLabelSize, 'bold', 1.2),
        textAlign: 'center' as const,
        color: theme.textColor,
      },
    },
  };
}

function buildBar(view: ChartView, theme: ChartTheme, options: ChartConfigOptions): ChartConfiguration<'bar'> {
  const horizontal = view.type === 'horizontalBar';
  const base = common(view, theme, options);
  const labelLines = Math.max(1, ...view.items.map((item) => item.lines.length));
  const valueAxis = {
    // The same axis in every output (see valueScale): from zero, to a round maximum, ticks at round steps.
    min: view.scale.min,
    max: view.scale.max,
    grid: { color: theme.gridColor },
    border: { display: false },
    ticks: { color: theme.mutedColor, font: fittedFont(theme, theme.valueTickSize), stepSize: view.scale.step, maxRotation: 0 },
    title: {
      // On a phone the value labels drop their unit, so the axis names it once. Chart.js resolves
      // scale options as scriptable, though its types declare this one a plain boolean.
      display: forScale((context) => isNarrow(theme, context.chart) && Boolean(view.unit)) as unknown as boolean,
      text: view.unit ?? '',
      color: theme.textColor,
      font: forScale(fittedFont(theme, theme.valueTickSize, 600)),
    },
  };
  const ownCategoryLines = Math.max(1, ...view.items.map((item) => item.labelLines.length));
  const missingCategoryLines = horizontal ? 0 : Math.max(0, (view.categoryLines ?? ownCategoryLines) - ownCategoryLines);
  const categoryAxis = {
    grid: { display: false },
    // Category labels stay level and whole: they come already set in short lines (toChartView).
    ticks: { color: theme.textColor, font: fittedFont(theme, theme.categoryTickSize, 600, 1.2), autoSkip: false, maxRotation: 0 },
    // As tall as the tallest labels of the charts beside it, so that their bars start on one line.
    afterFit: (scale: { height: number; chart: { width: number } }) => {
      scale.height += missingCategoryLines * fittedFontSize(theme.categoryTickSize, scale.chart.width, theme) * 1.2;
    },
  };
  return {
    type: 'bar',
    data: {
      labels: view.items.map((item) => item.labelLines),
      datasets: [
        {
          label: view.title,
          data: view.items.map((item) => item.value),
          backgroundColor: fills(view, theme, options),
          borderColor: view.items.map((item) => item.colour),
          borderWidth: view.items.map((item) => (item.derived ? 3 : 0)),
          borderRadius: 4,
          maxBarThickness: horizontal ? 90 : 160,
        },
      ],
    },
    options: {
      ...base,
      indexAxis: horizontal ? 'y' : 'x',
      // Room for the value labels past the bars, inside the chart.
      layout: {
        padding: (context: SizedContext) => {
          const size = fittedFontSize(theme.valueLabelSize, context.chart.width, theme);
          return horizontal ? { right: 8 } : { top: Math.ceil(labelLines * size * 1.2 + 8) };
        },
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        ...base.plugins,
        datalabels: {
          ...base.plugins.datalabels,
          anchor: 'end',
          align: 'end',
          offset: 6,
          clamp: true,
          textAlign: horizontal ? 'left' : 'center',
        },
      },
    },
  };
}

function buildDoughnut(view: ChartView, theme: ChartTheme, options: ChartConfigOptions): ChartConfiguration<'doughnut'> {
  const base = common(view, theme, options);
  const total = view.items.reduce((sum, item) => sum + item.value, 0);
  return {
    type: 'doughnut',
    data: {
      // The legend names each slice with its whole value: colour is never the only key.
      labels: view.items.map((item) => `${item.label}: ${item.lines.join(' ')}`),
      datasets: [
        {
          label: view.title,
          data: view.items.map((item) => item.value),
          backgroundColor: fills(view, theme, options),
          borderColor: '#ffffff',
          borderWidth: 3,
        },
      ],
    },
    options: {
      ...base,
      cutout: '40%',
      layout: { padding: 8 },
      plugins: {
        ...base.plugins,
        legend: {
          display: true,
          position: 'bottom',
          labels: { color: theme.textColor, font: fittedFont(theme, theme.legendSize), boxWidth: 22, padding: 16 },
        },
        datalabels: {
          ...base.plugins.datalabels,
          // On the slice, the number only, and only where the slice has room for it; the legend has the rest.
          formatter: (_value: unknown, context: Context) => view.items[context.dataIndex]?.shortLines[0] ?? '',
          display: (context: Context) => (view.items[context.dataIndex]?.value ?? 0) / total >= 0.12,
          clamp: true,
          color: (context: Context) => (view.items[context.dataIndex]?.derived ? theme.textColor : '#ffffff'),
        },
      },
    },
  };
}
