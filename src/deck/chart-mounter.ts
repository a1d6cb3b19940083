import type { Chart } from 'chart.js';
import { buildChartConfig } from '../charts/build-chart-config.ts';
import type { ChartView } from '../charts/chart-view.ts';
import type { ChartTheme } from '../charts/theme.ts';
import { hatchPattern } from './hatch-pattern.ts';
import { resolvedChartFonts } from './resolved-chart-fonts.ts';

type ChartClass = typeof Chart;

/** Canvas states, as `data-chart-state`, so tests and exporters can wait on real signals. */
export const chartState = { drawing: 'drawing', drawn: 'drawn' } as const;

/** Creates each slide's charts when the slide is shown, and replays them on a later visit. */
export class ChartMounter {
  private readonly charts = new Map<HTMLCanvasElement, Chart>();

  constructor(
    private readonly ChartClass: ChartClass,
    private readonly theme: ChartTheme,
  ) {}

  /** Draws every chart inside `root`; resolves once all of them are drawn. */
  mountIn(root: ParentNode, animate: boolean): Promise<void> {
    const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
    return Promise.all(canvases.map((canvas) => this.mount(canvas, animate))).then(() => undefined);
  }

  /** Redraws every chart at its current size; Chrome then prints them as vector shapes. */
  redrawAll(): void {
    for (const chart of this.charts.values()) {
      chart.resize();
      chart.draw();
    }
  }

  private mount(canvas: HTMLCanvasElement, animate: boolean): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        const chart = this.charts.get(canvas);
        // The sizes the chart's text is drawn at, for tests that check it is legible.
        if (chart) canvas.dataset.chartFonts = JSON.stringify(resolvedChartFonts(chart));
        canvas.dataset.chartState = chartState.drawn;
        resolve();
      };
      canvas.dataset.chartState = chartState.drawing;
      const existing = this.charts.get(canvas);
      if (existing) {
        if (!animate) return done();
        existing.reset();
        existing.options.animation = { duration: 900, onComplete: done };
        existing.update();
        return;
      }
      const view = JSON.parse(canvas.dataset.chart ?? '{}') as ChartView;
      const config = buildChartConfig(view, this.theme, { animate, onDrawn: done, derivedFill: hatchPattern });
      this.charts.set(canvas, new this.ChartClass(canvas, config as never));
      if (!animate) done();
    });
  }
}
