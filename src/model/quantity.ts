import type { Quantity } from './deck.ts';
import type { Locale } from './locale.ts';

export type QuantityValue = Pick<Quantity, 'value' | 'qualifier' | 'unit' | 'derived'>;

/**
 * A quantity split into what every output prints, decided here once: "khoảng" "2,5" "tỷ đồng".
 * A unit starting with "%" is attached to the number ("90%"); any other follows after a space.
 */
export interface QuantityParts {
  qualifier?: string;
  /** The number as the locale writes it. */
  number: string;
  /** Whether the unit sticks to the number with no space, as "%" does. */
  unitAttached: boolean;
  unit?: string;
  derived: boolean;
}

export function quantityParts(quantity: QuantityValue, locale: Locale): QuantityParts {
  const unit = quantity.unit;
  return {
    ...(quantity.qualifier ? { qualifier: quantity.qualifier } : {}),
    number: locale.formatNumber(quantity.value),
    unitAttached: unit?.startsWith('%') ?? false,
    ...(unit ? { unit } : {}),
    derived: Boolean(quantity.derived),
  };
}

export interface QuantityTextOptions {
  /** Joins the words of the quantity; a no-break space keeps it on one line. */
  space?: string;
  /** Replaces the number, such as a spreadsheet number format's `#,##0`. */
  number?: string;
}

/** "khoảng 2,5 tỷ đồng", "90%": qualifier, number and unit in their one order. */
export function quantityText(parts: QuantityParts, options: QuantityTextOptions = {}): string {
  const space = options.space ?? ' ';
  const number = options.number ?? parts.number;
  const withUnit = !parts.unit ? number : parts.unitAttached ? `${number}${parts.unit}` : `${number}${space}${parts.unit}`;
  return parts.qualifier ? `${parts.qualifier}${space}${withUnit}` : withUnit;
}

/** The quantity's words before and after its number: `["khoảng ", " tỷ đồng"]`. */
export function quantityAround(parts: QuantityParts): { before: string; after: string } {
  const marker = '\u0000';
  const [before = '', after = ''] = quantityText(parts, { number: marker }).split(marker);
  return { before, after };
}
