import type { ChartBlock, ChartSpec, Quantity, Slide, Topic } from '../model/deck.ts';
import { findTopic } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { chartQuantities, derivedNotes, quantityParts, quantityText } from '../model/quantity.ts';
import { balancedLines } from '../model/text-metrics.ts';
import { typeScale } from '../model/typography.ts';
import { neutralColour, neutralShades, topicPalette } from '../theme/palette.ts';
import type { ChartView, ChartViewItem } from './chart-view.ts';
import { valueScale } from './value-scale.ts';

/** A category label wider than this (in pixels at the category tick size) is set in two balanced lines. */
const categoryLabelWidth = 240;

/** What a chart view is made from: the deck's Locale and topics. */
export interface ChartViewContext {
  locale: Locale;
  topics: readonly Topic[];
}

export function toChartView(spec: ChartSpec, { locale, topics }: ChartViewContext): ChartView {
  let untopical = 0;
  const quantities = chartQuantities(spec, locale);
  const items = quantities.map((item, index) => {
    const view = viewItem(item, locale, topics);
    if (index >= spec.items.length) return { ...view, colour: neutralColour, remainder: true };
    // Slices with no topic still need colours of their own, for their legend entries.
    if (spec.type === 'doughnut' && !view.topicId)
      return { ...view, colour: neutralShades[untopical++ % neutralShades.length] ?? neutralColour };
    return view;
  });
  const unit = spec.items[0]?.unit;
  const name = `${locale.strings.chartLabel}: ${spec.title}`;
  return {
    type: spec.type,
    title: spec.title,
    numberLocale: locale.numberLocale,
    ...(unit ? { unit } : {}),
    scale: valueScale(
      items.map((item) => item.value),
      spec.type === 'horizontalBar' ? 'horizontalBar' : 'bar',
    ),
    items,
    name,
    description: `${name}. ${items.map((item) => `${item.label}: ${item.lines.join(' ')}`).join('; ')}.`,
    notes: derivedNotes(quantities, locale),
  };
}

/**
 * The views of a slide's charts, in order: charts side by side leave the same room for their
 * category labels, so that they stand on one baseline.
 */
export function slideChartViews(slide: Pick<Slide, 'blocks'>, context: ChartViewContext): Map<ChartBlock, ChartView> {
  const charts = slide.blocks.filter((block): block is ChartBlock => block.type === 'chart');
  const views = charts.map((block) => toChartView(block.chart, context));
  const categoryLines = Math.max(1, ...views.flatMap((view) => view.items.map((item) => item.labelLines.length)));
  return new Map(charts.map((block, index) => [block, { ...(views[index] as ChartView), categoryLines }]));
}

/** The colour of a topic: its place in deck.yaml's list; no topic, the neutral colour. */
export function topicColour(topicId: string | undefined, topics: readonly Topic[]): string {
  const found = findTopic(topics, topicId);
  return found ? (topicPalette[found.index % topicPalette.length] ?? neutralColour) : neutralColour;
}

function viewItem(item: Quantity, locale: Locale, topics: readonly Topic[]): ChartViewItem {
  const parts = quantityParts(item, locale);
  const mark = parts.derived ? [locale.strings.derivedMark] : [];
  const short = parts.unit && !parts.unitAttached ? quantityText({ ...parts, unit: undefined }) : quantityText(parts);
  const topic = findTopic(topics, item.topic)?.topic;
  return {
    label: item.label,
    labelLines: balancedLines(item.label, typeScale.categoryTick, categoryLabelWidth, 'bold'),
    value: item.value,
    parts,
    lines: [quantityText(parts), ...mark],
    shortLines: [short, ...mark],
    derived: parts.derived,
    colour: topicColour(item.topic, topics),
    ...(topic ? { topicId: topic.id, topic: topic.label } : {}),
    quantity: item,
  };
}
