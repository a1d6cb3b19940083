import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { buildChartConfig, fittedFontSize } from '../../../src/charts/build-chart-config.ts';
import { chartTheme } from '../../../src/charts/theme.ts';
import { toChartView } from '../../../src/charts/to-chart-view.ts';
import { valueScale } from '../../../src/charts/value-scale.ts';
import type { ChartSpec } from '../../../src/model/deck.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { neutralColour, topicPalette } from '../../../src/theme/palette.ts';

const locale = createLocale('vi');

const spec: ChartSpec = {
  type: 'bar',
  title: 'Cai nghiện so với kế hoạch',
  items: [
    { label: 'Thực hiện', value: 262, qualifier: 'trên', unit: 'lượt người' },
    { label: 'Kế hoạch', value: 200, qualifier: 'khoảng', unit: 'lượt người', derived: 'tính từ 131%' },
  ],
};
const view = toChartView(spec, { locale, topics: [] });

type Formatter = (value: unknown, context: { dataIndex: number; chart: { width: number } }) => string;

function printedLabels(config: ChartConfiguration<'bar'> | ChartConfiguration<'doughnut'>, width: number): string[] {
  const formatter = config.options?.plugins?.datalabels?.formatter as unknown as Formatter;
  return view.items.map((_item, dataIndex) => formatter(0, { dataIndex, chart: { width } }));
}

describe('toChartView', () => {
  it('formats each value for vi-VN as one whole quantity, then the derived mark; the short form leaves the unit to the axis', () => {
    expect(view.items.map((item) => item.lines)).toEqual([['trên 262 lượt người'], ['khoảng 200 lượt người', '(suy ra)']]);
    expect(view.items.map((item) => item.shortLines)).toEqual([['trên 262'], ['khoảng 200', '(suy ra)']]);
    expect(view.unit).toBe('lượt người');
    const money = toChartView(
      { type: 'bar', title: 't', items: [{ label: 'Tài sản', value: 1.5, qualifier: 'khoảng trên', unit: 'tỷ đồng' }] },
      { locale, topics: [] },
    );
    expect(money.items[0]?.lines).toEqual(['khoảng trên 1,5 tỷ đồng']);
    const percent = toChartView(
      { type: 'bar', title: 't', items: [{ label: 'Tỷ lệ', value: 131, unit: '% kế hoạch' }] },
      { locale, topics: [] },
    );
    expect(percent.items[0]?.lines).toEqual(['131% kế hoạch']);
  });

  it('colours each item by its topic, in deck.yaml’s order, whatever its place in the chart', () => {
    const topics = [
      { id: 'a', label: 'Chủ đề A' },
      { id: 'b', label: 'Chủ đề B' },
    ];
    const chart = (first: string, second: string) =>
      toChartView(
        {
          type: 'bar',
          title: 't',
          items: [
            { label: 'x', value: 1, unit: 'vụ', topic: first },
            { label: 'y', value: 2, unit: 'vụ', topic: second },
          ],
        },
        { locale, topics },
      );
    const forward = chart('a', 'b').items.map((item) => item.colour);
    const backward = chart('b', 'a').items.map((item) => item.colour);
    expect(forward).toEqual([topicPalette[0], topicPalette[1]]);
    expect(backward).toEqual([topicPalette[1], topicPalette[0]]);
    expect(chart('a', 'b').items.map((item) => item.topic)).toEqual(['Chủ đề A', 'Chủ đề B']);
    expect(toChartView(spec, { locale, topics }).items.map((item) => item.colour)).toEqual([neutralColour, neutralColour]);
  });

  it('adds the share a doughnut’s parts leave of its stated whole, derived and neutral', () => {
    const doughnut = toChartView(
      {
        type: 'doughnut',
        title: 't',
        whole: { label: 'Tổng', value: 10, unit: 'người' },
        items: [
          { label: 'A', value: 3, unit: 'người' },
          { label: 'B', value: 5, unit: 'người' },
        ],
      },
      { locale, topics: [] },
    );
    expect(doughnut.items.map((item) => [item.value, item.derived, item.remainder ?? false])).toEqual([
      [3, false, false],
      [5, false, false],
      [2, true, true],
    ]);
  });
});

describe('valueScale', () => {
  it('starts at zero and ends at a round number past the longest bar, with a few round ticks', () => {
    for (const values of [[159, 342], [177, 504], [83, 97], [1.5, 0.4], [12_000]]) {
      const scale = valueScale(values, 'bar');
      expect(scale.min).toBe(0);
      expect(scale.max).toBeGreaterThan(Math.max(...values));
      expect(scale.max / scale.step).toBeLessThanOrEqual(5);
      expect(Number.isInteger(Number((scale.max / scale.step).toPrecision(9)))).toBe(true);
      const mantissa = Number((scale.step / 10 ** Math.floor(Math.log10(scale.step))).toPrecision(9));
      expect([1, 2, 2.5, 5]).toContain(mantissa);
    }
    expect(valueScale([750], 'horizontalBar').max).toBeGreaterThan(valueScale([750], 'bar').max);
  });
});

describe('buildChartConfig', () => {
  it('carries the values, labels and printed value labels of the content', () => {
    const config = buildChartConfig(view, chartTheme, { animate: false });
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual([['Thực hiện'], ['Kế hoạch']]);
    expect(config.data.datasets[0]?.data).toEqual([262, 200]);
    expect(printedLabels(config, 900)).toEqual(['trên 262 lượt người', 'khoảng 200 lượt người\n(suy ra)']);
    expect(printedLabels(config, 300)).toEqual(['trên 262', 'khoảng 200\n(suy ra)']);
  });

  it('draws the value axis the view decided: from zero, to its maximum, at its steps', () => {
    const options = buildChartConfig(view, chartTheme, { animate: false }).options as {
      scales: { y: { min: number; max: number; ticks: { stepSize: number } } };
    };
    expect(options.scales.y).toMatchObject({ min: 0, max: view.scale.max, ticks: { stepSize: view.scale.step } });
  });

  it('fills a derived value with the pattern it is given, outlined in its colour', () => {
    const dataset = buildChartConfig(view, chartTheme, { animate: false, derivedFill: (colour) => `hatched ${colour}` }).data.datasets[0];
    const colour = view.items[1]?.colour;
    expect(dataset?.backgroundColor).toEqual([view.items[0]?.colour, `hatched ${colour}`]);
    expect(dataset?.borderColor).toEqual([view.items[0]?.colour, colour]);
    expect(dataset?.borderWidth).toEqual([0, 3]);
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
  it('keeps the theme sizes on a slide and shrinks them on a phone-wide chart, never below the phone’s reading size', () => {
    expect(fittedFontSize(20, 900)).toBe(20);
    expect(fittedFontSize(20, 500)).toBe(20);
    expect(fittedFontSize(24, 350)).toBe(18);
    expect(fittedFontSize(20, 350)).toBe(chartTheme.narrowMinimumSize);
  });
});
