import type { Chart } from 'chart.js';

/** The font sizes, in CSS pixels, a drawn chart uses for each kind of text it shows. */
export interface ChartFonts {
  /** Each axis's tick labels, and its title where one is shown. */
  ticks: number[];
  axisTitles: number[];
  valueLabels?: number;
  legend?: number;
}

type FontOption = { size?: number } | ((context: object) => { size?: number } | undefined) | undefined;

/** The part of a Chart.js scale read here; its published types leave out the scriptable resolvers. */
interface ResolvableScale {
  getContext(): object;
  options: { ticks: Resolvable; title: Resolvable };
}

interface Resolvable {
  setContext(context: object): { font?: FontOption; display?: boolean };
}

/** What Chart.js resolves the chart's font options to, at the chart's current size. */
export function resolvedChartFonts(chart: Chart): ChartFonts {
  const resolve = (option: FontOption, context: object): number | undefined =>
    (typeof option === 'function' ? option(context) : option)?.size ?? undefined;
  const context = { chart, dataIndex: 0, datasetIndex: 0 };
  const ticks: number[] = [];
  const axisTitles: number[] = [];
  for (const scale of Object.values(chart.scales) as unknown as ResolvableScale[]) {
    const scaleContext = scale.getContext();
    const tickSize = resolve(scale.options.ticks.setContext(scaleContext).font, scaleContext);
    if (tickSize !== undefined) ticks.push(tickSize);
    const title = scale.options.title.setContext(scaleContext);
    if (title.display) {
      const titleSize = resolve(title.font, scaleContext);
      if (titleSize !== undefined) axisTitles.push(titleSize);
    }
  }
  const plugins = chart.options.plugins as {
    datalabels?: { font?: FontOption };
    legend?: { display?: boolean; labels?: { font?: FontOption } };
  };
  const valueLabels = resolve(plugins.datalabels?.font, context);
  const legend = plugins.legend?.display ? resolve(plugins.legend.labels?.font, context) : undefined;
  return { ticks, axisTitles, ...(valueLabels !== undefined ? { valueLabels } : {}), ...(legend !== undefined ? { legend } : {}) };
}
