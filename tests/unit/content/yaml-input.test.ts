import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseSection } from '../../../src/content/parse-section.ts';
import { parseYaml } from '../../../src/content/parse-yaml.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { createLocale } from '../../../src/model/locale.ts';

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
      `${file}:15 chart: *vu is read as a YAML alias (a copy of another value), which the deck does not use: put the text in quotes, such as "*vu"`,
    ]);
  });

  it('refuses an anchor, which would silently drop the start of a text', () => {
    expect(problemsOf(goodChart.replace('label: Nhóm A', 'label: &Nhóm A'))).toEqual([
      `${file}:13 chart: &Nhóm is read as a YAML anchor (a name for a value), which the deck does not use: put the text in quotes, such as "&Nhóm …"`,
    ]);
  });

  it('refuses an alias that is defined, too: the deck reads every value where it is written', () => {
    const chart = goodChart
      .replace('    unit: vụ\n  - label: Nhóm B', '    unit: &u vụ\n  - label: Nhóm B')
      .replace(/unit: vụ\nmeasure/, 'unit: *u\nmeasure');
    expect(problemsOf(chart)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:15 chart: &u is read as a YAML anchor`)),
      expect.stringMatching(new RegExp(`^${file}:18 chart: \\*u is read as a YAML alias`)),
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
      `${file}:10 chart: &a is read as a YAML anchor (a name for a value), which the deck does not use: put the text in quotes, such as "&a …"`,
    );
    expect(problems[8]).toMatch(new RegExp(`^${file}:18 chart: &i is read as a YAML anchor`));
  });

  it('refuses a tag such as !!str', () => {
    expect(problemsOf(goodChart.replace('value: 83', 'value: !!str 83'))).toEqual([
      `${file}:14 chart: !!str is read as a YAML tag (a type for a value), which the deck does not use: put the text in quotes, such as "!!str …"`,
    ]);
  });
});

describe('YAML mistakes, said as what to do', () => {
  const cases: [string, string, string][] = [
    [
      'a field indented too far',
      goodChart.replace('    value: 83', '      value: 83'),
      '13 chart: the fields here are not lined up: start every field of an item in the same column, and indent with spaces under `items:`',
    ],
    [
      'a field indented too little',
      goodChart.replace('    value: 83', '   value: 83'),
      '14 chart: this line is indented less than the field above it: line it up with that field (indent with spaces under `items:`), or start a new item with "- "',
    ],
    [
      'a field out of its item',
      goodChart.replace('    value: 83', '  value: 83'),
      '14 chart: the fields here are not lined up: start every field of an item in the same column, and indent with spaces under `items:`',
    ],
    [
      'a tab',
      goodChart.replace('    value: 83', '\tvalue: 83'),
      '14 chart: a tab is used to indent: indent with spaces under `items:`, never tabs',
    ],
    [
      'a colon in a value',
      goodChart.replace('label: Nhóm A', 'label: Nhóm A: đã xử lý'),
      '13 chart: this value contains ": ", which starts a new field: put the value in quotes, as in label: "Nhóm A: đã xử lý"',
    ],
    [
      'an unclosed quote',
      goodChart.replace('title: Vụ việc', 'title: "Vụ việc'),
      '11 chart: a text opened with " here is never closed: end it with " on the same line',
    ],
    [
      'a field written twice',
      goodChart.replace('title: Vụ việc', 'title: Vụ việc\ntitle: Vụ án'),
      '12 chart: the field "title" is written twice: keep one',
    ],
    [
      'a value starting with @',
      goodChart.replace('unit: vụ', 'unit: @vụ'),
      '15 chart: a value cannot start with "@": put the value in quotes, such as "@…"',
    ],
    [
      'a line "---"',
      goodChart.replace('title: Vụ việc', 'title: Vụ việc\n---'),
      '12 chart: a line "---" ends the fields here: remove it, or put the text it belongs to in quotes',
    ],
    [
      'an unclosed list',
      goodChart.replace('title: Vụ việc', 'title: [Vụ việc'),
      '11 chart: a list opened here with [ is not closed: end it with ] on the same line',
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
      `${file}:2 expected fields (lines of "name: value"), got "title:Kết quả" (put a space after each colon: "title: …")`,
    ]);
  });
});

describe('fields as an editor finds them', () => {
  it('counts list positions from 1 and names the item by its label', () => {
    expect(problemsOf(goodChart.replace('value: 97', 'value: "97 vụ"'))).toEqual([
      `${file}:17 chart.items[2].value (Nhóm B): expected a number, got "97 vụ"`,
    ]);
    expect(problemsOf(goodChart.replace('    unit: vụ\n  - label: Nhóm B', '    unti: vụ\n  - label: Nhóm B'))).toEqual([
      `${file}:13 chart.items[1] (Nhóm A): unknown field "unti"`,
    ]);
  });

  it('shows the value that was read', () => {
    expect(problemsOf(goodChart.replace('type: bar', 'type: cột'))).toEqual([
      `${file}:10 chart.type: expected one of "bar", "horizontalBar", "doughnut", got "cột"`,
    ]);
    expect(problemsOf(goodChart.replace('value: 97', 'value: -97'))[0]).toMatch(
      /chart\.items\[2\]\.value \(Nhóm B\): must be zero or more, got -97: /,
    );
  });

  it('tells how to use a number as text', () => {
    expect(problemsOf(goodChart.replace('title: Vụ việc', 'title: 2016'))).toEqual([
      `${file}:11 chart.title: expected a text, got 2016 (to use it as text, put it in quotes: "2016")`,
    ]);
  });

  it('says "text" and "list", not "string" and "array"', () => {
    expect(problemsOf(goodChart.replace('title: Vụ việc', 'title: [Vụ, việc]'))).toEqual([
      `${file}:11 chart.title: expected a text, got a list`,
    ]);
    expect(problemsOf(goodChart.replace(/items:[\s\S]*$/, 'items: Nhóm A'))).toEqual([
      `${file}:12 chart.items: expected a list (lines starting with "- "), got "Nhóm A"`,
    ]);
  });
});

describe('an unclosed block', () => {
  it('is named as such, at the line where it opens, and hides nothing after it', () => {
    const text = `---\ntitle: Số liệu\n---\n\n## Xử lý vụ việc\n\n\`\`\`figure\nvalue: 83\nunit: vụ\nlabel: vụ việc\n\nGhi chú:\nLời nói.\n\n## Tiếp\n\n- Ý\n\nGhi chú: a\n`;
    expect(parseSection(file, text, options).problems.map(formatProblem)).toEqual([
      `${file}:7 figure: the \`\`\`figure block opened here is never closed: end it with a line of \`\`\``,
    ]);
  });

  it('is found when the closing line is shorter than the opening one', () => {
    const text = sectionWithChart(goodChart).replace('```chart', '````chart');
    expect(parseSection(file, text, options).problems.map(formatProblem)).toEqual([
      `${file}:9 chart: the \`\`\`chart block opened here is never closed: end it with a line of \`\`\`\``,
    ]);
  });

  it('is not reported for a block that is closed', () => {
    expect(problemsOf(goodChart)).toEqual([]);
  });
});
