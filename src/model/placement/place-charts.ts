import type { Block, ChartBlock, Topic } from '../deck.ts';
import { type Region, slideFrame } from '../geometry.ts';
import { chartQuantities, derivedNotes, derivedNoteText } from '../quantity.ts';
import { lineHeights, typeScale } from '../typography.ts';
import type { Measure } from './measure.ts';
import { type BodyPlacement, bodySizes, type Overflow, type Placed } from './placed.ts';
import { stackColumn } from './stack-column.ts';

/** The smallest plot a chart may be drawn in and still be read. */
export const minimumPlotHeight = 200;

/** The gap between a chart's title and its plot, and between the plot and its notes. */
const chartGap = 8;

/**
 * Charts in the wide part of the body, side by side, with everything else (figures, text) stacked
 * in a column beside them; alone, they take the whole body.
 */
export function placeCharts(
  charts: readonly ChartBlock[],
  blocks: readonly Block[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement {
  const side = blocks.filter((block) => block.type === 'paragraph' || block.type === 'list' || block.type === 'figure');
  const items: Placed[] = [];
  const overflows: Overflow[] = [];
  let area = body;
  let textSize: number = typeScale.body;
  if (side.length > 0) {
    const width = body.w * 0.4 - slideFrame.columnGap / 2;
    const column = bodySizes
      .flatMap((size) =>
        (['normal', 'compact'] as const).map((figureSize) => stackColumn(side, { ...body, w: width }, figureSize, size, measure, topics)),
      )
      .find((candidate) => candidate.bottom <= body.y + body.h);
    const chosen = column ?? stackColumn(side, { ...body, w: width }, 'compact', typeScale.bodyDense, measure, topics);
    if (!column) overflows.push({ part: 'body', needed: chosen.bottom - body.y, available: body.h });
    items.push(...chosen.items);
    textSize = chosen.textSize;
    area = { x: body.x + width + slideFrame.columnGap, y: body.y, w: body.w - width - slideFrame.columnGap, h: body.h };
  }
  const gap = slideFrame.columnGap;
  const width = (area.w - (charts.length - 1) * gap) / charts.length;
  // Charts side by side share their title's and their notes' heights, so that their plots share a baseline.
  const titleHeight = Math.max(
    ...charts.map(
      (chart) =>
        measure.lines(
          chart.chart.title,
          typeScale.chartTitle,
          width,
          'bold',
          chart.chart.items.some((item) => Boolean(item.source?.length)),
        ) *
        typeScale.chartTitle *
        lineHeights.label,
    ),
  );
  const notesHeight = Math.max(...charts.map((chart) => derivedNotesHeight(chart, width, measure)));
  charts.forEach((chart, index) => {
    const box = { x: area.x + index * (width + gap), y: area.y, w: width, h: area.h };
    const plotTop = box.y + titleHeight + chartGap;
    const plotBottom = box.y + box.h - (notesHeight > 0 ? notesHeight + chartGap : 0);
    if (plotBottom - plotTop < minimumPlotHeight)
      overflows.push({ part: 'chart', needed: minimumPlotHeight, available: plotBottom - plotTop });
    items.push({
      id: `chart-${index + 1}`,
      role: 'chart',
      block: chart,
      box,
      title: { ...box, h: titleHeight },
      plot: { x: box.x, y: plotTop, w: width, h: plotBottom - plotTop },
      notes: { x: box.x, y: box.y + box.h - notesHeight, w: width, h: notesHeight },
    });
  });
  return { arrangement: 'chart', textSize, items, overflows };
}

/** The explanations of a chart's derived values, each a line or more at the note size. */
function derivedNotesHeight(chart: ChartBlock, width: number, measure: Measure): number {
  const notes = derivedNotes(chartQuantities(chart.chart, measure.locale), measure.locale);
  if (notes.length === 0) return 0;
  const lineHeight = typeScale.derivedNote * lineHeights.label;
  const heights = notes.map((note) => measure.lines(derivedNoteText(note), typeScale.derivedNote, width - derivedSwatch) * lineHeight);
  return heights.reduce((sum, height) => sum + height, 0) + (notes.length - 1) * chartGap;
}

/** The hatched key before a derived value's explanation, and its gap. */
export const derivedSwatch = 36;
