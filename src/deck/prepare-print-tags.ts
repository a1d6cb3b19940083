import type { ChartView } from '../charts/chart-view.ts';

/**
 * Readies the print view for Chromium's tagged PDF, whose tag tree is made from the page's
 * accessibility tree: what is hidden from assistive technology gets no tag.
 *
 * - reveal.js leaves `aria-hidden="true"` on every print page but the first; in print every page
 *   is shown, so every slide is read.
 * - A chart's canvas becomes a Figure whose alternative text is the chart in words, every value
 *   with its qualifier and unit, derived values marked (the chart view's description, the same
 *   words as its data table). On screen its name stays short and its table describes it.
 * - A chart's `<figure>` would be a second Figure, with no alternative text, around the canvas,
 *   its notes and its table: it becomes a plain group, so its table is read after the figure
 *   rather than hidden inside it. The table itself is painted for print in print.css.
 */
export function preparePrintTags(root: ParentNode): void {
  for (const slide of root.querySelectorAll('section[aria-hidden]')) slide.removeAttribute('aria-hidden');
  for (const figure of root.querySelectorAll('figure.chart')) figure.setAttribute('role', 'group');
  for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
    const view = JSON.parse(canvas.dataset.chart ?? '{}') as Partial<ChartView>;
    if (view.description) canvas.setAttribute('aria-label', view.description);
  }
}
