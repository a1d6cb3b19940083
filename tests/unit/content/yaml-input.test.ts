import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSection } from '../../../src/content/parse-section.ts';
import { parseYaml } from '../../../src/content/parse-yaml.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

const file = 'slides/03-so-lieu.md';
const options = { notesMarkers: createLocale('vi').notesMarkers };

/** A section whose one chart block is `chart` (its first line is line 10 of the file). */
function sectionWithChart(chart: string): string {
  return `---\ntitle: Số liệu\n---\n\n## Xử lý vụ việc\n\n- Xử lý 83 vụ\n\n\`\`\`chart\n${chart}\n\`\`\`\n\nGhi chú:\nLời nói.\n`;
}

function problemsOf(chart: string): string[] {
  return parseSection(file, sectionWithChart(chart), options).problems.map(formatProblem);
}

const goodChart =
  'type: bar\ntitle: Vụ việc\nitems:\n  - label: Nhóm A\n    value: 83\n    unit: vụ\n  - label: Nhóm B\n    value: 97\n    unit: vụ\nmeasure: xử lý';

/** Words of the YAML library that mean nothing to an editor. */
const jargon = /mapping|implicit|scalar|flow|compact|parseAllDocuments|Nested|indicator|collection/i;

describe('YAML references: anchors, aliases and tags', () => {
  it('refuses an alias such as `unit: *vu` with its line and how to write it as text', () => {
    expect(problemsOf(goodChart.replace('    unit: vụ\n  - label: Nhóm B', '    unit: *vu\n  - label: Nhóm B'))).toEqual([
      `${file}:15 chart: «*vu» bị hiểu là bản sao của một giá trị khác, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ «"*vu"»`,
    ]);
  });

  it('refuses an anchor, which would silently drop the start of a text', () => {
    expect(problemsOf(goodChart.replace('label: Nhóm A', 'label: &Nhóm A'))).toEqual([
      `${file}:13 chart: «&Nhóm» bị hiểu là tên đặt cho một giá trị, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ «"&Nhóm …"»`,
    ]);
  });

  it('refuses an alias that is defined, too: the deck reads every value where it is written', () => {
    const chart = goodChart
      .replace('    unit: vụ\n  - label: Nhóm B', '    unit: &u vụ\n  - label: Nhóm B')
      .replace(/unit: vụ\nmeasure/, 'unit: *u\nmeasure');
    expect(problemsOf(chart)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:15 chart: «&u» bị hiểu là tên đặt`)),
      expect.stringMatching(new RegExp(`^${file}:18 chart: «\\*u» bị hiểu là bản sao`)),
    ]);
  });

  it('refuses an alias bomb without expanding it, one line each', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    // Nine levels of nine: 387 420 489 copies if it were expanded.
    const result = parseYaml({ file, text: levels.join('\n'), lineOffset: 9, fieldPrefix: 'chart' }, z.unknown());
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toHaveLength(9);
    expect(problems[0]).toBe(
      `${file}:10 chart: «&a» bị hiểu là tên đặt cho một giá trị, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ «"&a …"»`,
    );
    expect(problems[8]).toMatch(new RegExp(`^${file}:18 chart: «&i» bị hiểu là tên đặt`));
  });

  it('refuses a tag such as !!str', () => {
    expect(problemsOf(goodChart.replace('value: 83', 'value: !!str 83'))).toEqual([
      `${file}:14 chart: «!!str» bị hiểu là kiểu của một giá trị, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ «"!!str …"»`,
    ]);
  });
});

describe('YAML mistakes, said as what to do', () => {
  const cases: [string, string, string][] = [
    [
      'a field indented too far',
      goodChart.replace('    value: 83', '      value: 83'),
      '13 chart: các mục ở đây không thẳng hàng: bắt đầu mọi mục của một hạng mục ở cùng một cột, và thụt bằng dấu cách dưới «items:»',
    ],
    [
      'a field indented too little',
      goodChart.replace('    value: 83', '   value: 83'),
      '14 chart: dòng này thụt vào ít hơn mục ở trên: hãy thẳng hàng với mục đó (thụt bằng dấu cách dưới «items:»), hoặc bắt đầu một hạng mục mới bằng «- »',
    ],
    [
      'a field out of its item',
      goodChart.replace('    value: 83', '  value: 83'),
      '14 chart: các mục ở đây không thẳng hàng: bắt đầu mọi mục của một hạng mục ở cùng một cột, và thụt bằng dấu cách dưới «items:»',
    ],
    [
      'a tab',
      goodChart.replace('    value: 83', '\tvalue: 83'),
      '14 chart: dòng này thụt vào bằng phím Tab: hãy thụt bằng dấu cách dưới «items:», không dùng Tab',
    ],
    [
      'a colon in a value',
      goodChart.replace('label: Nhóm A', 'label: Nhóm A: đã xử lý'),
      '13 chart: giá trị có «: », dấu mở một mục mới: hãy đặt giá trị trong ngoặc kép, như «label: "Nhóm A: đã xử lý"»',
    ],
    [
      'an unclosed quote',
      goodChart.replace('title: Vụ việc', 'title: "Vụ việc'),
      '11 chart: chữ mở bằng dấu «"» ở đây chưa đóng: kết thúc bằng dấu «"» trên cùng dòng',
    ],
    [
      'a field written twice',
      goodChart.replace('title: Vụ việc', 'title: Vụ việc\ntitle: Vụ án'),
      '12 chart: mục «title» được ghi hai lần: chỉ giữ một',
    ],
    [
      'a value starting with @',
      goodChart.replace('unit: vụ', 'unit: @vụ'),
      '15 chart: giá trị không được bắt đầu bằng «@»: hãy đặt giá trị trong ngoặc kép, ví dụ «"@…"»',
    ],
    [
      'a line "---"',
      goodChart.replace('title: Vụ việc', 'title: Vụ việc\n---'),
      '12 chart: một dòng «---» kết thúc các mục ở đây: hãy xóa nó, hoặc đặt phần chữ có nó trong ngoặc kép',
    ],
    [
      'an unclosed list',
      goodChart.replace('title: Vụ việc', 'title: [Vụ việc'),
      '11 chart: danh sách mở bằng «[» ở đây chưa đóng: kết thúc bằng «]» trên cùng dòng',
    ],
  ];

  it.each(cases)('%s', (_name, chart, expected) => {
    const [problem, ...others] = problemsOf(chart);
    expect(problem).toBe(`${file}:${expected}`);
    expect(others).toEqual([]);
    expect(problem).not.toMatch(jargon);
  });

  it('tells a missing space after a colon', () => {
    const result = parseYaml({ file, text: 'title:Kết quả', lineOffset: 1 }, z.strictObject({ title: z.string() }));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${file}:2 cần các mục (mỗi dòng «tên: giá trị»), nhưng đang ghi «title:Kết quả» (cần một dấu cách sau mỗi dấu hai chấm: «title: …»)`,
    ]);
  });
});

describe('fields as an editor finds them', () => {
  it('counts list positions from 1 and names the item by its label', () => {
    expect(problemsOf(goodChart.replace('value: 97', 'value: "97 vụ"'))).toEqual([
      `${file}:17 chart.items[2].value (Nhóm B): cần một con số, nhưng đang ghi «97 vụ»`,
    ]);
    expect(problemsOf(goodChart.replace('    unit: vụ\n  - label: Nhóm B', '    unti: vụ\n  - label: Nhóm B'))).toEqual([
      `${file}:13 chart.items[1] (Nhóm A): không dùng mục «unti» ở đây: kiểm tra tên mục, hoặc xóa nó`,
    ]);
  });

  it('shows the value that was read', () => {
    expect(problemsOf(goodChart.replace('type: bar', 'type: cột'))).toEqual([
      `${file}:10 chart.type: phải là một trong «bar», «horizontalBar», «doughnut», không phải «cột»`,
    ]);
    expect(problemsOf(goodChart.replace('value: 97', 'value: -97'))[0]).toMatch(
      /chart\.items\[2\]\.value \(Nhóm B\): phải từ 0 trở lên, đang ghi «-97»: /,
    );
  });

  it('tells how to use a number as text', () => {
    expect(problemsOf(goodChart.replace('title: Vụ việc', 'title: 2016'))).toEqual([
      `${file}:11 chart.title: cần một đoạn chữ, nhưng đang ghi «2016» (muốn dùng làm chữ thì đặt trong ngoặc kép: «"2016"»)`,
    ]);
  });

  it('says "text" and "list", not "string" and "array"', () => {
    expect(problemsOf(goodChart.replace('title: Vụ việc', 'title: [Vụ, việc]'))).toEqual([
      `${file}:11 chart.title: cần một đoạn chữ, nhưng đang ghi một danh sách`,
    ]);
    expect(problemsOf(goodChart.replace(/items:[\s\S]*$/, 'items: Nhóm A'))).toEqual([
      `${file}:12 chart.items: cần một danh sách (các dòng bắt đầu bằng «- »), nhưng đang ghi «Nhóm A»`,
    ]);
  });
});

describe('an unclosed block', () => {
  it('is named as such, at the line where it opens, and hides nothing after it', () => {
    const text = `---\ntitle: Số liệu\n---\n\n## Xử lý vụ việc\n\n\`\`\`figure\nvalue: 83\nunit: vụ\nlabel: vụ việc\n\nGhi chú:\nLời nói.\n\n## Tiếp\n\n- Ý\n\nGhi chú: a\n`;
    expect(parseSection(file, text, options).problems.map(formatProblem)).toEqual([
      `${file}:7 figure: khối «\`\`\`figure» mở ở đây chưa được đóng: kết thúc bằng một dòng «\`\`\`»`,
    ]);
  });

  it('is found when the closing line is shorter than the opening one', () => {
    const text = sectionWithChart(goodChart).replace('```chart', '````chart');
    expect(parseSection(file, text, options).problems.map(formatProblem)).toEqual([
      `${file}:9 chart: khối «\`\`\`chart» mở ở đây chưa được đóng: kết thúc bằng một dòng «\`\`\`\`»`,
    ]);
  });

  it('is not reported for a block that is closed', () => {
    expect(problemsOf(goodChart)).toEqual([]);
  });
});
