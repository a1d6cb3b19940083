import type { Quantity } from '../content/schema.ts';

/**
 * A number format that prints a value as the deck does, qualifier and unit around the number:
 * `"trên "#,##0" người"`. The number stays a number, so editing the chart's data in
 * PowerPoint or LibreOffice updates the label. Separators follow the viewer's locale.
 */
export function valueFormatCode(quantity: Quantity, derivedMark: string): string {
  const decimals = Math.min(2, decimalPlaces(quantity.value));
  const number = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
  const unitIsPercent = quantity.unit?.startsWith('%') ?? false;
  const before = quantity.qualifier ? `${quantity.qualifier} ` : '';
  const unit = !quantity.unit ? '' : unitIsPercent ? quantity.unit : ` ${quantity.unit}`;
  const after = quantity.derived ? `${unit} ${derivedMark}` : unit;
  return `${literal(before)}${number}${literal(after)}`;
}

function literal(text: string): string {
  // Inside a quoted literal a double quote cannot be escaped; a typographic one reads the same.
  return text ? `"${text.replaceAll('"', '”')}"` : '';
}

function decimalPlaces(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}
