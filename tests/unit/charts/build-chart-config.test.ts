import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { buildChartConfig, fittedFontSize } from '../../../src/charts/build-chart-config.ts';
import { type ChartTheme, chartTheme } from '../../../src/charts/theme.ts';
import { toChartView } from '../../../src/charts/to-chart-view.ts';
import type { ChartSpec } from '../../../src/model/deck.ts';
import { createLocale } from '../../../src/model/locale.ts';

const locale = createLocale('vi');

const spec: ChartSpec = {
  type: 'bar',
  title: 'Cai nghiện so với kế hoạch',
  items: [
    { label: 'Thực hiện', value: 262, qualifier: 'trên', unit: 'lượt người' },
    { label: 'Kế hoạch', value: 200, qualifier: 'khoảng', unit: 'lượt người', derived: 'tính từ 131%' },
  ],
};
const view = toChartView(spec, locale);

type Formatter = (value: unknown, context: { dataIndex: number }) => string;

function printedLabels(config: ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>): string[] {
  const formatter = config.options?.plugins?.datalabels?.formatter as unknown as Formatter;
  return view.items.map((_item, dataIndex) => formatter(0, { dataIndex }));
}

describe('toChartView', () => {
  it('formats values for vi-VN with qualifier, unit and the derived mark', () => {
    expect(view.items.map((item) => item.lines)).toEqual([
      ['trên 262', 'lượt người'],
      ['khoảng 200', 'lượt người', '(suy ra)'],
    ]);
    const money = toChartView(
      { type: 'bar', title: 't', items: [{ label: 'Tài sản', value: 1.5, qualifier: 'khoảng trên', unit: 'tỷ đồng' }] },
      locale,
    );
    expect(money.items[0]?.lines).toEqual(['khoảng trên 1,5', 'tỷ đồng']);
    const percent = toChartView({ type: 'bar', title: 't', items: [{ label: 'Tỷ lệ', value: 131, unit: '% kế hoạch' }] }, locale);
    expect(percent.items[0]?.lines).toEqual(['131% kế hoạch']);
  });
});

describe('buildChartConfig', () => {
  it('carries the values, labels and printed value labels of the content', () => {
    const config = buildChartConfig(view, chartTheme, { animate: false });
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Thực hiện', 'Kế hoạch']);
    expect(config.data.datasets[0]?.data).toEqual([262, 200]);
    expect(printedLabels(config)).toEqual(['trên 262\nlượt người', 'khoảng 200\nlượt người\n(suy ra)']);
  });

  it('colours from the theme and draws a derived value pale', () => {
    const theme: ChartTheme = { ...chartTheme, palette: ['#111111', '#222222'], derivedFill: '#eeeeee', derivedColor: '#777777' };
    const dataset = buildChartConfig(view, theme, { animate: false }).data.datasets[0];
    expect(dataset?.backgroundColor).toEqual(['#111111', '#eeeeee']);
    expect(dataset?.borderColor).toEqual(['#111111', '#777777']);
  });

  it('animates only when asked, and reports when drawing is done', () => {
    const onDrawn = (): void => {};
    expect(buildChartConfig(view, chartTheme, { animate: false }).options?.animation).toBe(false);
    expect(buildChartConfig(view, chartTheme, { animate: true, onDrawn }).options?.animation).toMatchObject({ onComplete: onDrawn });
  });

  it('lays horizontal bars along the y axis and doughnuts with a legend', () => {
    expect(buildChartConfig({ ...view, type: 'horizontalBar' }, chartTheme, { animate: false }).options).toMatchObject({ indexAxis: 'y' });
    const doughnut = buildChartConfig({ ...view, type: 'doughnut' }, chartTheme, { animate: false });
    expect(doughnut.type).toBe('doughnut');
    expect(doughnut.options?.plugins?.legend?.display).toBe(true);
  });
});

describe('fittedFontSize', () => {
  it('keeps the theme sizes on a slide and shrinks them on a phone-wide chart', () => {
    expect(fittedFontSize(20, 900)).toBe(20);
    expect(fittedFontSize(20, 350)).toBe(14);
  });
});
