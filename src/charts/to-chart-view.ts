import type { ChartSpec, Quantity } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { quantityParts, quantityText } from '../model/quantity.ts';
import type { ChartView } from './chart-view.ts';

export function toChartView(spec: ChartSpec, locale: Locale): ChartView {
  return {
    type: spec.type,
    title: spec.title,
    numberLocale: locale.numberLocale,
    items: spec.items.map((item) => ({
      label: item.label,
      value: item.value,
      lines: valueLines(item, locale),
      derived: Boolean(item.derived),
    })),
  };
}

/** The value label in lines: the number with its qualifier, then a unit that does not stick to it, then the derived mark. */
function valueLines(item: Quantity, locale: Locale): string[] {
  const parts = quantityParts(item, locale);
  const detached = parts.unit && !parts.unitAttached ? parts.unit : undefined;
  const head = quantityText(detached ? { ...parts, unit: undefined } : parts);
  return [head, ...(detached ? [detached] : []), ...(parts.derived ? [locale.strings.derivedMark] : [])];
}
