import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { figureValueSchema, maxFigure, numberAsWritten, preciseDecimal } from '../../../src/content/number-schema.ts';
import { parseYaml } from '../../../src/content/parse-yaml.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { deckIndexSchema, figureSpecSchema } from '../../../src/content/schema.ts';

const file = 'slides/03-so-lieu.md';

function read<Schema extends z.ZodType>(text: string, schema: Schema): { value?: z.output<Schema>; problems: string[] } {
  const result = parseYaml({ file, text, lineOffset: 9, fieldPrefix: 'figure' }, schema);
  return result.ok ? { value: result.value, problems: [] } : { problems: result.problems.map(formatProblem) };
}

const figure = (value: string): string => `value: ${value}\nunit: vụ\nlabel: vụ việc`;

describe('a figure value', () => {
  it.each([
    ['0', 0],
    ['83', 83],
    ['2.5', 2.5],
    ['1.25', 1.25],
    ['"2.5"', 2.5],
    ['"1.500"', 1.5],
    [String(maxFigure), maxFigure],
  ])('reads %s as %s', (written, expected) => {
    expect(read(figure(written), figureSpecSchema)).toEqual({ value: { value: expected, unit: 'vụ', label: 'vụ việc' }, problems: [] });
  });

  it('refuses a negative value, showing it', () => {
    expect(read(figure('-5'), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: must be zero or more, got -5: the charts start at zero, so for a fall give its size and say in the label that it fell`,
    ]);
  });

  it.each([
    ['1e308', '1e+308'],
    ['1000000000000', '1000000000000'],
  ])('refuses an absurd magnitude such as %s', (written, shown) => {
    expect(read(figure(written), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: must be at most ${maxFigure} (twelve digits), got ${shown}: use a larger unit, such as "tỷ đồng" instead of "đồng"`,
    ]);
  });

  it.each(['.inf', '-.inf', '.nan'])('refuses %s', (written) => {
    expect(read(figure(written), figureSpecSchema).problems).toEqual([expect.stringMatching(new RegExp(`^${file}:10 figure\\.value: `))]);
  });

  it('refuses 1.500, ambiguous for a Vietnamese editor, showing both readings', () => {
    expect(read(figure('1.500'), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: 1.500 could mean 1.5 (a decimal) or 1500 (a dot between thousands): write 1500 if you mean 1500, or "1.500" in quotes if you mean 1.5`,
    ]);
    expect(read(figure('12.000'), figureSpecSchema).problems[0]).toContain('12.000 could mean 12 (a decimal) or 12000');
  });

  it('explains 1,500 and 1.500.000 as what they may mean', () => {
    expect(read(figure('1,500'), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: expected a number, got "1,500" (it could mean 1.5 or 1500: write 1.5 for the decimal, with a dot, or 1500 without a separator)`,
    ]);
    expect(read(figure('1.500.000'), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: expected a number, got "1.500.000" (write the number without separators, such as 1500000; the deck adds them)`,
    ]);
  });

  it('accepts a three-decimal number where the field says its values are precise decimals', () => {
    const schema = z.strictObject({ ratio: preciseDecimal(z.number()), count: numberAsWritten(z.number()) });
    expect(read('ratio: 1.500\ncount: 2', schema)).toEqual({ value: { ratio: 1.5, count: 2 }, problems: [] });
    expect(read('ratio: 1.5\ncount: 2.000', schema).problems).toEqual([
      expect.stringContaining(':11 figure.count: 2.000 could mean 2 (a decimal) or 2000'),
    ]);
  });

  it('keeps the model type: a number', () => {
    expect(figureValueSchema.parse('7')).toBe(7);
  });
});

describe('the deck date', () => {
  const index = (date: string): string => `title: T\nauthor: A\ndate: ${date}\nlang: vi\ndescription: D\nsections:\n  - 01-mo-dau.md`;
  it.each([
    ['2016', '2016'],
    ['"2016"', '2016'],
    ['"năm 2016"', 'năm 2016'],
  ])('reads %s', (written, expected) => {
    expect(read(index(written), deckIndexSchema).value?.date).toBe(expected);
  });

  it.each(['-5', '1e308', '20160'])('refuses the year %s, showing it', (written) => {
    expect(read(index(written), deckIndexSchema).problems).toEqual([
      `${file}:12 figure.date: a year has four digits, got ${Number(written)}`,
    ]);
  });
});
