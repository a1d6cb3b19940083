import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChartView } from '../../../src/charts/to-chart-view.ts';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderChartCsv } from '../../../src/csv/render-chart-csv.ts';
import type { Deck } from '../../../src/model/deck.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { chartDataFiles } from '../../../src/model/output-files.ts';
import { exportPptx } from '../../../src/pptx/export-pptx.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { decodeXml, readPptx } from '../../helpers/read-pptx.ts';

interface WorkbookRow {
  label: string;
  value: number;
  format: string;
}

/** The label, value and value cell's number format of each row of a chart's embedded workbook. */
async function readWorkbook(zip: JSZip, chartPart: string): Promise<WorkbookRow[]> {
  const rels = (await zip.file(chartPart.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels'))?.async('string')) ?? '';
  const target = /Target="\.\.\/embeddings\/([^"]+)"/.exec(rels)?.[1] ?? '';
  const workbook = await JSZip.loadAsync((await zip.file(`ppt/embeddings/${target}`)?.async('uint8array')) ?? new Uint8Array());
  const read = async (name: string): Promise<string> => (await workbook.file(name)?.async('string')) ?? '';
  const strings = [...(await read('xl/sharedStrings.xml')).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((match) =>
    decodeXml(match[1] ?? ''),
  );
  const styles = await read('xl/styles.xml');
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((match) => [match[1], decodeXml(match[2] ?? '')]),
  );
  const cellFormats = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf numFmtId="(\d+)"/g)].map(
    (match) => match[1],
  );
  const sheet = await read('xl/worksheets/sheet1.xml');
  return [...sheet.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)]
    .filter((row) => Number(row[1]) > 1)
    .map((row) => {
      const label = /<c r="A\d+" t="s"><v>(\d+)<\/v><\/c>/.exec(row[2] ?? '')?.[1];
      const value = /<c r="B\d+"(?: s="(\d+)")?><v>([^<]*)<\/v><\/c>/.exec(row[2] ?? '');
      return {
        label: strings[Number(label)] ?? '',
        value: Number(value?.[2]),
        format: formats.get(cellFormats[Number(value?.[1] ?? 0)] ?? '') ?? 'General',
      };
    });
}

describe("the PowerPoint file's embedded workbooks", () => {
  let work: string;
  let deck: Deck;
  let zip: JSZip;
  let chartParts: string[];
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'pptx-workbook-'));
    deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
    await exportPptx({ context: await loadDeckOrThrow(fixtureDecks.basic), out: path.join(work, 'deck.pptx') });
    const parts = await readPptx(path.join(work, 'deck.pptx'));
    zip = parts.zip;
    chartParts = Object.keys(zip.files)
      .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('hold the same labels, numbers, qualifiers and units as the CSV files', async () => {
    const locale = createLocale('vi');
    const columns = locale.meetingPack.csvColumns;
    const charts = chartDataFiles(deck);
    expect(chartParts).toHaveLength(charts.length);
    for (const [index, { chart, file }] of charts.entries()) {
      const csv = parse(renderChartCsv(toChartView(chart.chart, { locale, topics: deck.meta.topics ?? [] }), { deck, locale }), {
        bom: true,
        columns: true,
      }) as Record<string, string>[];
      const workbook = await readWorkbook(zip, chartParts[index] ?? '');
      expect(
        workbook.map((row) => row.label),
        file,
      ).toEqual(csv.map((row) => row[columns.label]));
      expect(
        workbook.map((row) => row.value),
        file,
      ).toEqual(csv.map((row) => Number(row[columns.value])));
      workbook.forEach((row, rowIndex) => {
        const unit = csv[rowIndex]?.[columns.unit] ?? '';
        const qualifier = csv[rowIndex]?.[columns.qualifier] ?? '';
        // "trên "#,##0" lượt người": the qualifier before the number, the unit after it (joined by no-break spaces).
        expect(row.format.replaceAll('\u00a0', ' '), `${file} row ${rowIndex + 1}`).toMatch(
          new RegExp(`^${qualifier ? `"${qualifier} "` : ''}#,##0(\\.0+)?"${unit.startsWith('%') ? '' : ' '}${unit}`),
        );
      });
    }
  });
});
