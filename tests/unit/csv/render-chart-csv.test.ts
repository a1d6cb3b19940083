import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toChartView } from '../../../src/charts/to-chart-view.ts';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderChartCsv } from '../../../src/csv/render-chart-csv.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { chartDataFiles } from '../../../src/model/output-files.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

const locale = createLocale('vi');

describe('renderChartCsv', () => {
  it('writes each chart of a deck as UTF-8 CSV with a BOM, readable by a CSV parser with its Vietnamese intact', async () => {
    const { deck } = await loadDeckOrThrow(fixtureDecks.basic);
    const files = chartDataFiles(deck);
    expect(files.map((file) => file.file)).toEqual(['data/04-xu-ly-vu-viec.csv', 'data/05-tap-huan.csv', 'data/06-ho-tro.csv']);
    const training = files[1];
    if (!training) throw new Error('no chart');
    const csv = renderChartCsv(toChartView(training.chart.chart, { locale, topics: [] }), { deck, locale });
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toContain('\r\n');
    const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const columns = locale.meetingPack.csvColumns;
    expect(Object.keys(rows[0] ?? {})).toEqual([
      columns.label,
      columns.value,
      columns.unit,
      columns.qualifier,
      columns.derived,
      columns.sourceSentence,
    ]);
    expect(rows).toEqual([
      {
        [columns.label]: 'Thực hiện',
        [columns.value]: '420',
        [columns.unit]: 'lượt người',
        [columns.qualifier]: 'trên',
        [columns.derived]: '',
        [columns.sourceSentence]: '…tổ chức tập huấn cho trên 420 lượt người, bằng 140% kế hoạch…',
      },
      {
        [columns.label]: 'Kế hoạch',
        [columns.value]: '300',
        [columns.unit]: 'lượt người',
        [columns.qualifier]: 'khoảng',
        [columns.derived]: 'tính từ trên 420 lượt người bằng 140% kế hoạch (420 ÷ 140%)',
        [columns.sourceSentence]: '…tổ chức tập huấn cho trên 420 lượt người, bằng 140% kế hoạch…',
      },
    ]);
  });

  it('quotes what needs quoting and keeps decimals as plain numbers', () => {
    const chart = {
      type: 'bar' as const,
      title: 't',
      items: [{ label: 'Tài sản, "thu hồi"', value: 1.5, unit: 'tỷ đồng', qualifier: 'khoảng trên', source: ['q'] }],
    };
    const rows = parse(
      renderChartCsv(toChartView(chart, { locale, topics: [] }), {
        deck: { sourceSentences: { q: 'Câu; có "ngoặc", và\ndòng mới.' } },
        locale,
      }),
      {
        bom: true,
      },
    ) as string[][];
    expect(rows[1]).toEqual(['Tài sản, "thu hồi"', '1.5', 'tỷ đồng', 'khoảng trên', '', 'Câu; có "ngoặc", và\ndòng mới.']);
  });

  it('neutralises every text cell a spreadsheet would run as a formula, and leaves the numbers and other text alone', () => {
    const risky = ['=HYPERLINK("http://example.invalid","x")', '@SUM(A1)', '+1', '-2', '\tlệnh', '＝1+1'];
    const chart = {
      type: 'bar' as const,
      title: 't',
      items: [
        ...risky.map((label) => ({ label, value: 1, unit: '=u', qualifier: '@q', source: ['q'] })),
        { label: 'Nhóm A = 83', value: 2.5, source: ['q'] },
      ],
    };
    const csv = renderChartCsv(toChartView(chart, { locale, topics: [] }), { deck: { sourceSentences: { q: '-Câu nguồn' } }, locale });
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows.slice(1, -1).map((row) => row[0])).toEqual(risky.map((label) => `'${label}`));
    for (const row of rows.slice(1, -1)) expect([row[1], row[2], row[3], row[5]]).toEqual(['1', "'=u", "'@q", "'-Câu nguồn"]);
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['Nhóm A = 83', '2.5']);
    // No cell the parser reads starts with a character a spreadsheet takes for a formula.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r＝]/.test(cell))).toEqual([]);
  });
});
