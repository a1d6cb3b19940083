import type { ChartSpec, Quantity, Topic } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { quantityParts, quantityText } from '../model/quantity.ts';
import { balancedLines } from '../model/text-metrics.ts';
import { typeScale } from '../model/typography.ts';
import { neutralColour, neutralShades, topicPalette } from '../theme/palette.ts';
import type { ChartView, ChartViewItem } from './chart-view.ts';
import { valueScale } from './value-scale.ts';

/** A category label wider than this (in pixels at the category tick size) is set in two balanced lines. */
const categoryLabelWidth = 240;

/**
 * The quantities a chart draws: its items and, for a part-to-whole chart whose parts leave some of
 * the whole, that remainder, derived by subtraction (and marked so).
 */
export function chartQuantities(spec: ChartSpec, locale: Locale): Quantity[] {
  const { whole } = spec;
  const sum = spec.items.reduce((total, item) => total + item.value, 0);
  if (spec.type !== 'doughnut' || !whole || whole.value <= sum) return [...spec.items];
  const remainder: Quantity = {
    label: locale.strings.remainder,
    value: whole.value - sum,
    ...(whole.unit ? { unit: whole.unit } : {}),
    derived: `${quantityText(quantityParts(whole, locale))} − ${spec.items.map((item) => locale.formatNumber(item.value)).join(' − ')}`,
  };
  return [...spec.items, remainder];
}

export function toChartView(spec: ChartSpec, locale: Locale, topics: readonly Topic[] = []): ChartView {
  let untopical = 0;
  const items = chartQuantities(spec, locale).map((item, index) => {
    const view = viewItem(item, locale, topics);
    if (index >= spec.items.length) return { ...view, colour: neutralColour, remainder: true };
    // Slices with no topic still need colours of their own, for their legend entries.
    if (spec.type === 'doughnut' && !view.topicId)
      return { ...view, colour: neutralShades[untopical++ % neutralShades.length] ?? neutralColour };
    return view;
  });
  const unit = spec.items[0]?.unit;
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
  };
}

/** The colour of a topic: its place in deck.yaml's list; no topic, the neutral colour. */
export function topicColour(topicId: string | undefined, topics: readonly Topic[]): string {
  const index = topicId === undefined ? -1 : topics.findIndex((topic) => topic.id === topicId);
  return index < 0 ? neutralColour : (topicPalette[index % topicPalette.length] ?? neutralColour);
}

function viewItem(item: Quantity, locale: Locale, topics: readonly Topic[]): ChartViewItem {
  const parts = quantityParts(item, locale);
  const mark = parts.derived ? [locale.strings.derivedMark] : [];
  const short = parts.unit && !parts.unitAttached ? quantityText({ ...parts, unit: undefined }) : quantityText(parts);
  const topic = topics.find((candidate) => candidate.id === item.topic);
  return {
    label: item.label,
    labelLines: balancedLines(item.label, typeScale.categoryTick, categoryLabelWidth, 'bold'),
    value: item.value,
    lines: [quantityText(parts), ...mark],
    shortLines: [short, ...mark],
    derived: parts.derived,
    colour: topicColour(item.topic, topics),
    ...(topic ? { topicId: topic.id, topic: topic.label } : {}),
  };
}
