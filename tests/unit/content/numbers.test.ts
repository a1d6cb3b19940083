import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { figureValueSchema, maxFigure, numberAsWritten, preciseDecimal } from '../../../src/content/number-schema.ts';
import { parseYaml } from '../../../src/content/parse-yaml.ts';
import { deckIndexSchema, figureSpecSchema } from '../../../src/content/schema.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

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
      `${file}:10 figure.value: phải từ 0 trở lên, đang ghi «-5»: biểu đồ bắt đầu từ 0, nên nếu giảm thì ghi mức giảm và nói rõ trong nhãn là giảm`,
    ]);
  });

  it.each([
    ['1e308', '1e+308'],
    ['1000000000000', '1000000000000'],
  ])('refuses an absurd magnitude such as %s', (written, shown) => {
    expect(read(figure(written), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: không được quá ${new Intl.NumberFormat('vi-VN').format(maxFigure)} (mười hai chữ số), đang ghi «${shown}»: hãy dùng đơn vị lớn hơn, ví dụ «tỷ đồng» thay cho «đồng»`,
    ]);
  });

  it.each(['.inf', '-.inf', '.nan'])('refuses %s', (written) => {
    expect(read(figure(written), figureSpecSchema).problems).toEqual([expect.stringMatching(new RegExp(`^${file}:10 figure\\.value: `))]);
  });

  it('refuses 1.500, ambiguous for a Vietnamese editor, showing both readings', () => {
    expect(read(figure('1.500'), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: 1.500 có thể là 1.5 (số thập phân) hoặc 1500 (dấu chấm ngăn hàng nghìn): ghi 1500 nếu là 1500, hoặc «"1.500"» trong ngoặc kép nếu là 1.5`,
    ]);
    expect(read(figure('12.000'), figureSpecSchema).problems[0]).toContain('12.000 có thể là 12 (số thập phân) hoặc 12000');
  });

  it('explains 1,500 and 1.500.000 as what they may mean', () => {
    expect(read(figure('1,500'), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: cần một con số, nhưng đang ghi «1,500» (có thể hiểu là 1.5 hoặc 1500: ghi 1.5 với dấu chấm nếu là số thập phân, hoặc 1500 không có dấu phân cách)`,
    ]);
    expect(read(figure('1.500.000'), figureSpecSchema).problems).toEqual([
      `${file}:10 figure.value: cần một con số, nhưng đang ghi «1.500.000» (ghi số không có dấu phân cách, ví dụ 1500000; trang chiếu tự thêm)`,
    ]);
  });

  it('accepts a three-decimal number where the field says its values are precise decimals', () => {
    const schema = z.strictObject({ ratio: preciseDecimal(z.number()), count: numberAsWritten(z.number()) });
    expect(read('ratio: 1.500\ncount: 2', schema)).toEqual({ value: { ratio: 1.5, count: 2 }, problems: [] });
    expect(read('ratio: 1.5\ncount: 2.000', schema).problems).toEqual([
      expect.stringContaining(':11 figure.count: 2.000 có thể là 2 (số thập phân) hoặc 2000'),
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
      `${file}:12 figure.date: năm phải có bốn chữ số, đang ghi «${Number(written)}»`,
    ]);
  });
});
