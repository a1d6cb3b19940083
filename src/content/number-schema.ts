import { z } from 'zod';
import { AmbiguousDecimal } from './ambiguous-decimal.ts';

const writtenNumber = /^[-+]?\d+(\.\d+)?$/;

/**
 * A number as an editor may write it: plain, or in quotes. Quotes make a decimal explicit:
 * `"1.500"` is 1.5, where a plain 1.500 is refused as ambiguous (see AmbiguousDecimal).
 */
export function numberAsWritten<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((input) => (typeof input === 'string' && writtenNumber.test(input.trim()) ? Number(input.trim()) : input), schema);
}

/** For a field of precise decimals, where a plain 1.500 can only mean 1.5. */
export function preciseDecimal<Schema extends z.ZodType>(schema: Schema) {
  return numberAsWritten(z.preprocess((input) => (input instanceof AmbiguousDecimal ? input.asDecimal : input), schema));
}

/** The largest figure a slide shows: twelve digits. Larger amounts read better in a larger unit. */
export const maxFigure = 999_999_999_999;

/** A figure on a slide or a chart: a count or an amount, drawn from zero. */
export const figureValueSchema = numberAsWritten(
  z
    .number()
    .min(0, 'must be zero or more: the charts start at zero, so for a fall give its size and say in the label that it fell')
    .max(maxFigure, `must be at most ${maxFigure} (twelve digits): use a larger unit, such as "tỷ đồng" instead of "đồng"`),
);

/** A year, such as the period a deck reviews. */
export const yearSchema = z
  .number()
  .min(1000, 'a year has four digits')
  .max(9999, 'a year has four digits')
  .int('a year is a whole number');
