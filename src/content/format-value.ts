import type { Quantity } from './schema.ts';

/** Numbers read the Vietnamese way: 1,5 and 1.000. */
export const numberLocale = 'vi-VN';

const numberFormat = new Intl.NumberFormat(numberLocale, { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "trên 80 người", "khoảng 2,5 tỷ đồng", "90% kế hoạch": qualifier, number, unit. */
export function formatQuantity(quantity: Quantity): string {
  const { qualifier, value, unit } = quantity;
  const number = formatNumber(value);
  const withUnit = !unit ? number : unit.startsWith('%') ? `${number}${unit}` : `${number} ${unit}`;
  return qualifier ? `${qualifier} ${withUnit}` : withUnit;
}

/** The label shown on a chart, with a derived value marked as such. */
export function formatQuantityLabel(quantity: Quantity, derivedMark: string): string {
  const text = formatQuantity(quantity);
  return quantity.derived ? `${text} ${derivedMark}` : text;
}
