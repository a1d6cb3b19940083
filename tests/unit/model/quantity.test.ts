import { describe, expect, it } from 'vitest';
import { createLocale } from '../../../src/model/locale.ts';
import { findKeptRanges, keepRangesTogether, noBreakQuantityText, noBreakSpace, quantityParts } from '../../../src/model/quantity.ts';
import { balancedLines } from '../../../src/model/text-metrics.ts';

const locale = createLocale('vi');
const vocabulary = {
  qualifiers: locale.qualifiers,
  units: ['vụ', 'đối tượng', 'lượt người', 'người', 'thôn, bản', '%', 'tỷ đồng'],
  phrases: ['thử nghiệm'],
};
const kept = (text: string): string[] =>
  findKeptRanges(text, vocabulary, { ending: false }).map((range) => text.slice(range.start, range.end));

describe('quantities that must not break', () => {
  it('joins qualifier, number and unit with no-break spaces, the unit’s own spaces too', () => {
    const parts = quantityParts({ value: 2.5, qualifier: 'khoảng trên', unit: 'tỷ đồng' }, locale);
    expect(noBreakQuantityText(parts)).toBe(['khoảng', 'trên', '2,5', 'tỷ', 'đồng'].join(noBreakSpace));
    expect(noBreakQuantityText(quantityParts({ value: 140, unit: '%' }, locale))).toBe('140%');
  });

  it('finds each quantity written in running text, with its qualifier and unit', () => {
    expect(kept('Xử lý 83 vụ, 97 đối tượng vi phạm')).toEqual(['83 vụ', '97 đối tượng']);
    expect(kept('tập huấn cho trên 420 lượt người, bằng 140% kế hoạch')).toEqual(['trên 420 lượt người', '140%']);
    expect(kept('thu nộp khoảng trên 2,5 tỷ đồng')).toEqual(['khoảng trên 2,5 tỷ đồng']);
    expect(kept('ở 14 thôn, bản và')).toEqual(['14 thôn, bản']);
  });

  it('finds codes and dates, and the deck’s phrases, but leaves a bare year alone', () => {
    expect(kept('Kế hoạch số 12-KH/HM ngày 5/1/2020 về công tác thử nghiệm năm 2020')).toEqual(['12-KH/HM', '5/1/2020', 'thử nghiệm']);
  });

  it('does not take a word that merely starts like a qualifier or unit', () => {
    expect(kept('trênx 750 ngườii')).toEqual([]);
  });

  it('binds a short last word to the word before it, so that no block ends with one short word on a line', () => {
    expect(findKeptRanges('được điều tra phá án', vocabulary).map((range) => range.kind)).toEqual(['ending']);
    expect(keepRangesTogether('khen thưởng các tập thể có thành tích trong:', vocabulary).endsWith(`tích${noBreakSpace}trong:`)).toBe(true);
    // A long last word can stand alone; one word has nothing to bind to.
    expect(findKeptRanges('tổ chức hội nghị chuyên-đề-thường-niên', vocabulary)).toEqual([]);
    expect(findKeptRanges('Khen', vocabulary)).toEqual([]);
  });

  it('binds a kept range with no-break spaces, so line breaking treats it as one word', () => {
    const bound = keepRangesTogether('công tác thử nghiệm cho trên 420 lượt người', vocabulary);
    expect(bound).toBe(`công tác thử${noBreakSpace}nghiệm cho trên${noBreakSpace}420${noBreakSpace}lượt${noBreakSpace}người`);
    for (const line of balancedLines(bound, 40, 300)) expect(line.startsWith('người')).toBe(false);
  });
});

describe('balancedLines', () => {
  it('breaks a long title into lines of similar length, after a comma where it can', () => {
    const lines = balancedLines('Tổng kết công tác thử nghiệm, tập huấn và hỗ trợ năm 2020', 56, 1100, 'bold');
    expect(lines.length).toBe(2);
    expect(lines[0]?.endsWith(',')).toBe(true);
    expect(balancedLines('Ngắn', 56, 1100)).toEqual(['Ngắn']);
  });
});
