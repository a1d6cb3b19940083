import { z } from 'zod';
import type { SchemaRule } from '../model/content-messages.ts';
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
    .min(0, 'negative' satisfies SchemaRule)
    .max(maxFigure, 'tooBig' satisfies SchemaRule),
);

/** A year, such as the period a deck reviews. */
export const yearSchema = z
  .number()
  .min(1000, 'yearDigits' satisfies SchemaRule)
  .max(9999, 'yearDigits' satisfies SchemaRule)
  .int('yearWhole' satisfies SchemaRule);
