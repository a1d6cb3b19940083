import type { Chart } from 'chart.js';
import { defaults } from '../base/defaults.ts';
import type { ChartView } from '../charts/chart-view.ts';
import type { ChartKit } from '../charts/register-charts.ts';
import type { ChartTheme } from '../charts/theme.ts';
import { hatchPattern } from './hatch-pattern.ts';
import { resolvedChartFonts } from './resolved-chart-fonts.ts';

/** Canvas states, as `data-chart-state`, so tests and exporters can wait on real signals. */
export const chartState = { drawing: 'drawing', drawn: 'drawn' } as const;

/** A chart's size on the page, in CSS pixels, read before any chart is made. */
interface BoxSize {
  width: number;
  height: number;
}

/**
 * Creates each slide's charts when the slide is shown, and replays them on a later visit. Chart.js
 * and the chart configurations are loaded the first time they are needed (or asked for ahead with `prepare`): a deck opened on a
 * slide without charts shows without it. Each chart's canvas holds as many pixels as it covers on
 * screen (`pixelRatio`): reveal.js scales the whole slide, which Chart.js cannot see.
 */
export class ChartMounter {
  private readonly charts = new Map<HTMLCanvasElement, Chart>();
  private loading: Promise<ChartKit> | undefined;
  private readonly drawing = new Map<HTMLCanvasElement, Promise<void>>();

  constructor(
    private readonly loadChartKit: () => Promise<ChartKit>,
    private readonly theme: ChartTheme,
    /** Canvas pixels per CSS pixel of the slide: the screen's, times reveal.js's scale. */
    private readonly pixelRatio: () => number = () => window.devicePixelRatio,
  ) {}

  /** Starts loading Chart.js if `root` holds a chart, such as the slide after the current one. */
  prepare(root: ParentNode | undefined): void {
    if (root?.querySelector('canvas[data-chart]')) void this.chartKit().catch(() => undefined);
  }

  /** Draws every chart inside `root`; resolves once all of them are drawn. */
  async mountIn(root: ParentNode, animate: boolean): Promise<void> {
    const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
    if (canvases.length === 0) return;
    // Marked at once, before Chart.js has loaded: a second call for the same slide (the phone's
    // scrolling and the start both ask) waits for the first instead of drawing on the canvas twice.
    await Promise.all(canvases.map((canvas) => this.drawing.get(canvas) ?? this.track(canvas, animate)));
  }

  /**
   * Draws every chart of the print view at once, at its final state. The pages' sizes are read for
   * all charts first, in one layout, and each chart is made at that fixed size: Chart.js would
   * otherwise measure its box, and so lay out the whole print document, once per chart.
   */
  async mountForPrint(root: ParentNode): Promise<void> {
    const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
    if (canvases.length === 0) return;
    for (const canvas of canvases) canvas.dataset.chartState = chartState.drawing;
    const kit = await this.chartKit();
    const sizes = canvases.map((canvas) => boxSize(canvas));
    canvases.forEach((canvas, index) => {
      void this.mount(kit, canvas, false, sizes[index]);
    });
  }

  private track(canvas: HTMLCanvasElement, animate: boolean): Promise<void> {
    canvas.dataset.chartState = chartState.drawing;
    canvas.dataset.chartAnimated = String(animate);
    const drawn = this.chartKit()
      .then((kit) => this.mount(kit, canvas, animate))
      .finally(() => this.drawing.delete(canvas));
    this.drawing.set(canvas, drawn);
    return drawn;
  }

  private chartKit(): Promise<ChartKit> {
    this.loading ??= this.loadChartKit().then((kit) => {
      kit.Chart.defaults.font.family = this.theme.fontFamily;
      return kit;
    });
    return this.loading;
  }

  /**
   * Lets go of the charts inside `root`, such as a slide left behind: a long deck keeps only the
   * charts near the current slide in memory. A later visit draws them anew, as a replay does.
   */
  release(root: ParentNode): void {
    for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
      this.charts.get(canvas)?.destroy();
      this.charts.delete(canvas);
      delete canvas.dataset.chartState;
    }
  }

  /**
   * Redraws the charts whose canvas no longer matches the pixels they cover, such as after reveal.js
   * scaled the slide to a new window size or to full screen.
   */
  sharpen(): void {
    const ratio = this.pixelRatio();
    for (const chart of this.charts.values()) {
      if (chart.options.devicePixelRatio === ratio) continue;
      chart.options.devicePixelRatio = ratio;
      chart.resize();
    }
  }

  /** Redraws every chart at its current size; Chrome then prints them as vector shapes. */
  redrawAll(): void {
    for (const chart of this.charts.values()) {
      if (chart.options.responsive) chart.resize();
      chart.draw();
    }
  }

  private mount(kit: ChartKit, canvas: HTMLCanvasElement, animate: boolean, fixedSize?: BoxSize): Promise<void> {
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
        existing.options.animation = { duration: defaults.chartAnimationMs, onComplete: done };
        existing.update();
        return;
      }
      const view = JSON.parse(canvas.dataset.chart ?? '{}') as ChartView;
      const config = kit.buildChartConfig(view, this.theme, { animate, onDrawn: done, derivedFill: hatchPattern });
      config.options = { ...config.options, devicePixelRatio: this.pixelRatio() };
      if (fixedSize) {
        // A canvas of a fixed size: Chart.js takes it from the canvas and measures nothing.
        config.options = { ...config.options, responsive: false };
        canvas.width = fixedSize.width;
        canvas.height = fixedSize.height;
      }
      this.charts.set(canvas, new kit.Chart(canvas, config as never));
      if (!animate) done();
    });
  }
}

/** The box a chart fills: its canvas's container, as Chart.js itself would measure it. */
function boxSize(canvas: HTMLCanvasElement): BoxSize {
  const box = canvas.parentElement ?? canvas;
  const style = getComputedStyle(box);
  const width = box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  const height = box.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  return { width: Math.max(0, Math.floor(width)), height: Math.max(0, Math.floor(height)) };
}
