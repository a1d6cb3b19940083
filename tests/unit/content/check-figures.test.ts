import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { parseSection } from '../../../src/content/parse-section.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

const locale = createLocale('vi');

/** The line of `file` in the refused deck where `text` first appears, so the expectations follow the fixture. */
async function lineOf(file: string, text: string, after = ''): Promise<number> {
  const lines = (await readFile(path.join(fixtureDecks.refused, file), 'utf8')).split('\n');
  const start = after ? lines.findIndex((line) => line.includes(after)) : 0;
  return lines.findIndex((line, index) => index >= start && line.includes(text)) + 1;
}

describe('the content rules that keep charts honest', async () => {
  const result = await loadDeck(fixtureDecks.refused);
  const problems = result.ok ? [] : result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
  const problemIn = (file: string): string | undefined => problems.find((problem) => problem.startsWith(`${file}:`));

  it('refuses the whole deck, one problem per broken file', () => {
    expect(result.ok).toBe(false);
    expect(problems).toHaveLength(8);
  });

  it('refuses a chart that mixes "vụ" and "đối tượng" on one axis, at the unit that differs', async () => {
    const line = await lineOf('01-don-vi.md', 'unit: đối tượng');
    expect(problemIn('01-don-vi.md')).toBe(
      `01-don-vi.md:${line} chart.items[2].unit (Số đối tượng): đơn vị «đối tượng» khác đơn vị «vụ» của hạng mục đầu: một trục biểu đồ chỉ hiện một loại số; hãy tách thành các con số riêng («\`\`\`figure») hoặc các biểu đồ riêng`,
    );
  });

  it('refuses "lượt người" beside "người": visits are not people', async () => {
    const line = await lineOf('02-luot-nguoi.md', 'unit: người');
    expect(problemIn('02-luot-nguoi.md')).toMatch(
      new RegExp(`^02-luot-nguoi\\.md:${line} chart\\.items\\[2\\]\\.unit \\(Hỗ trợ\\): đơn vị «người» khác đơn vị «lượt người»`),
    );
  });

  it('refuses a doughnut with no stated whole', async () => {
    const line = await lineOf('03-thieu-tong.md', 'type: doughnut');
    expect(problemIn('03-thieu-tong.md')).toMatch(
      new RegExp(`^03-thieu-tong\\.md:${line} chart\\.type: biểu đồ tròn cho thấy các phần của một tổng, và bài viết phải nêu tổng đó`),
    );
  });

  it('refuses a doughnut whose whole is not a figure of the source, such as a sum of its parts', async () => {
    const line = await lineOf('04-tong-ngoai-nguon.md', 'value: 390');
    expect(problemIn('04-tong-ngoai-nguon.md')).toMatch(
      new RegExp(
        `^04-tong-ngoai-nguon\\.md:${line} chart\\.whole\\.value: 390 không phải số của bài viết \\(nguon\\.txt\\): biểu đồ tròn cần tổng mà bài viết nêu`,
      ),
    );
  });

  it('refuses a derived value without its explanation', async () => {
    const line = await lineOf('05-suy-ra.md', 'derived: true');
    expect(problemIn('05-suy-ra.md')).toMatch(new RegExp(`^05-suy-ra\\.md:${line} figure\\.derived: số suy ra cần lời giải thích`));
  });

  it('refuses a value that is not the source’s (the citation check: every figure cites its words)', async () => {
    const line = await lineOf('06-ngoai-nguon.md', 'value: 800');
    expect(problemIn('06-ngoai-nguon.md')).toBe(
      `06-ngoai-nguon.md:${line} figure: số 800 không có trong câu trích dẫn «hỗ trợ trên 750 người»: sửa số hoặc câu trích dẫn`,
    );
  });

  it('refuses a topic deck.yaml does not declare, naming the ones it does', async () => {
    const line = await lineOf('07-chu-de.md', 'topic: an-ninh');
    expect(problemIn('07-chu-de.md')).toBe(
      `07-chu-de.md:${line} figure.topic: «an-ninh» không phải chủ đề của bài trình bày: deck.yaml có «giao-thong»`,
    );
  });

  it('refuses a chart title that repeats the slide title', async () => {
    const line = await lineOf('08-tieu-de.md', 'title: Vụ việc được xử lý năm');
    expect(problemIn('08-tieu-de.md')).toMatch(
      new RegExp(`^08-tieu-de\\.md:${line} chart\\.title: «Vụ việc được xử lý năm 2020» lặp lại tiêu đề trang`),
    );
  });

  it('accepts the honest fixture deck, derived values and a doughnut with its whole included', async () => {
    const honest = await loadDeck(fixtureDecks.design);
    expect(honest.ok ? [] : honest.problems.map(formatProblem)).toEqual([]);
  });
});

describe('derived values, parsed on their own', () => {
  const section = (derived: string): string => `---
title: T
---

## Kế hoạch

\`\`\`chart
type: bar
title: Lượt người
items:
  - label: Thực hiện
    value: 420
    unit: lượt người
  - label: Kế hoạch
    value: 300
    unit: lượt người
    derived: ${derived}
measure: tập huấn
\`\`\`

Ghi chú:
Lời nói.
`;
  const problemsOf = (text: string): string[] =>
    parseSection('s.md', text, { notesMarkers: locale.notesMarkers }).problems.map((problem) => formatProblem(problem));

  it('refuses an empty explanation, at its line', () => {
    expect(problemsOf(section('""'))).toEqual([
      expect.stringMatching(/^s\.md:17 chart\.items\[2\]\.derived \(Kế hoạch\): số suy ra cần lời giải thích/),
    ]);
    expect(problemsOf(section('true'))).toHaveLength(1);
    expect(problemsOf(section('')).length).toBe(1);
  });

  it('keeps an explanation, trimmed', () => {
    const parsed = parseSection('s.md', section('"  420 ÷ 1,4  "'), { notesMarkers: locale.notesMarkers });
    expect(parsed.problems).toEqual([]);
    const chart = parsed.section?.slides[0]?.blocks[0];
    expect(chart?.type === 'chart' ? chart.chart.items[1]?.derived : undefined).toBe('420 ÷ 1,4');
  });
});
