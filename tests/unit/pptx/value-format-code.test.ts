import { describe, expect, it } from 'vitest';
import { createLocale } from '../../../src/model/locale.ts';
import { type QuantityValue, quantityParts } from '../../../src/model/quantity.ts';
import { valueFormatCode } from '../../../src/pptx/value-format-code.ts';

const formatCode = (quantity: QuantityValue): string => valueFormatCode(quantityParts(quantity, createLocale('vi')), '(suy ra)');
// The spaces inside a value label are no-break spaces, so a label never splits its quantity.
const nbsp = '\u00a0';

describe('valueFormatCode with text that looks like code', () => {
  it('keeps a double quote of a unit as \\" between quoted parts', () => {
    expect(formatCode({ value: 12, unit: 'vụ "lớn"' })).toBe(`#,##0"${nbsp}vụ${nbsp}"\\""lớn"\\"`);
    expect(formatCode({ value: 12, qualifier: '"trên"', unit: 'vụ' })).toBe(`\\""trên"\\""${nbsp}"#,##0"${nbsp}vụ"`);
  });

  it('quotes every other character, so that $, %, # and 0 in a unit are text', () => {
    expect(formatCode({ value: 12, qualifier: 'trên $&', unit: '% #0 $$' })).toBe(`"trên${nbsp}$&${nbsp}"#,##0"%${nbsp}#0${nbsp}$$"`);
  });
});
