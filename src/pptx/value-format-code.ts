import { keepTogether, type QuantityParts, quantityAround } from '../model/quantity.ts';

/**
 * A number format that prints a value as the deck does, qualifier and unit around the number:
 * `"trên "#,##0" người"`, its spaces no-break spaces, so that a label never splits the quantity.
 * The number stays a number, so editing the chart's data in PowerPoint or LibreOffice updates the
 * label. Separators follow the viewer's locale.
 */
export function valueFormatCode(parts: QuantityParts, derivedMark: string): string {
  const decimals = Math.min(2, decimalPlaces(parts.number));
  const number = decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
  const { before, after } = quantityAround(parts);
  // The derived mark goes on a line of its own, as on the web deck.
  return `${literal(keepTogether(before))}${number}${literal(`${keepTogether(after)}${parts.derived ? `\n${derivedMark}` : ''}`)}`;
}

/** Text in a number format: quoted, except a double quote itself, which is written \" between quoted parts. */
function literal(text: string): string {
  return text
    .split('"')
    .map((part) => (part ? `"${part}"` : ''))
    .join('\\"');
}

/** Digits after the decimal separator of the number as the locale wrote it ("1,5" → 1). */
function decimalPlaces(formatted: string): number {
  const separator = /[.,](\d+)$/.exec(formatted);
  // A group of exactly three digits is a thousands group ("1.000"), not a fraction: the locale keeps at most two decimals.
  return separator?.[1] && separator[1].length < 3 ? separator[1].length : 0;
}
