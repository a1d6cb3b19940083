import { describe, expect, it } from 'vitest';
import { parseSection } from '../../../src/content/parse-section.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { createLocale } from '../../../src/model/locale.ts';

const options = { notesMarkers: createLocale('vi').notesMarkers };

const file = 'slides/03-ket-qua.md';

function problemsOf(text: string): string[] {
  return parseSection(file, text, options).problems.map(formatProblem);
}

const goodSection = `---
title: Kết quả
---

## Tội phạm

- Bắt giữ **159 vụ**

\`\`\`chart
type: bar
title: Số vụ bắt giữ
items:
  - label: Số vụ
    value: 159
    unit: vụ
\`\`\`

Ghi chú:
Lời nói cho người trình bày.
Dòng thứ hai.

Đoạn thứ hai.
`;

describe('parseSection', () => {
  it('turns headings, lists, charts and notes into slides', () => {
    const { section, problems } = parseSection(file, goodSection, options);
    expect(problems).toEqual([]);
    expect(section?.frontMatter.title).toBe('Kết quả');
    const slide = section?.slides[0];
    expect(slide).toMatchObject({ kind: 'content', title: 'Tội phạm', line: 5 });
    expect(slide?.blocks[0]).toEqual({ type: 'list', ordered: false, items: [[{ text: 'Bắt giữ ' }, { text: '159 vụ', strong: true }]] });
    expect(slide?.blocks[1]).toMatchObject({ type: 'chart', chart: { type: 'bar', items: [{ label: 'Số vụ', value: 159, unit: 'vụ' }] } });
    expect(slide?.notes).toEqual(['Lời nói cho người trình bày. Dòng thứ hai.', 'Đoạn thứ hai.']);
  });

  it('locates a chart value that is not a number at its own line and field', () => {
    const text = goodSection.replace('value: 159', 'value: 159\n  - label: Đối tượng\n    value: "12k"');
    expect(problemsOf(text)).toEqual([`${file}:16 chart.items[2].value (Đối tượng): expected a number, got "12k"`]);
  });

  it('explains a decimal comma', () => {
    const text = goodSection.replace('value: 159', 'value: 1,5');
    expect(problemsOf(text)).toEqual([
      `${file}:14 chart.items[1].value (Số vụ): expected a number, got "1,5" (write decimals with a dot, such as 1.5; the deck shows them as 1,5)`,
    ]);
  });

  it('names an unknown chart type with the allowed ones', () => {
    const text = goodSection.replace('type: bar', 'type: pie');
    expect(problemsOf(text)).toEqual([`${file}:10 chart.type: expected one of "bar", "horizontalBar", "doughnut", got "pie"`]);
  });

  it('reports a missing required field at its parent', () => {
    const text = goodSection.replace('title: Số vụ bắt giữ\n', '');
    expect(problemsOf(text)).toEqual([`${file}:10 chart.title: is required (expected a text)`]);
  });

  it('reports an unknown field, such as a misspelt one', () => {
    const text = goodSection.replace('    unit: vụ', '    unti: vụ');
    expect(problemsOf(text)).toEqual([`${file}:13 chart.items[1] (Số vụ): unknown field "unti"`]);
  });

  it('reports invalid YAML at its line, saying what to do', () => {
    const text = goodSection.replace('title: Số vụ bắt giữ\n', 'title: [Số vụ bắt giữ\n');
    expect(problemsOf(text)).toEqual([`${file}:11 chart: a list opened here with [ is not closed: end it with ] on the same line`]);
  });

  it('reports a front-matter problem in the front matter', () => {
    expect(problemsOf(goodSection.replace('title: Kết quả', 'title: ""'))).toEqual([`${file}:2 title: must not be empty`]);
    expect(problemsOf(goodSection.replace('---\ntitle: Kết quả\n---\n', ''))).toEqual([
      `${file}:1 missing front matter: start the file with ---, a line "title: …" and ---`,
    ]);
  });

  it('requires speaker notes on every slide', () => {
    const text = goodSection.replace(/Ghi chú:[\s\S]*$/, '');
    expect(problemsOf(text)).toEqual([`${file}:5 notes: slide "Tội phạm" has no speaker notes: add a paragraph starting with "Ghi chú:"`]);
  });

  it('rejects constructs the deck cannot show, each at its line', () => {
    const text = `---\ntitle: X\n---\nText before.\n\n## A\n\n### Small\n\n> quote\n\n\`\`\`mermaid\ngraph\n\`\`\`\n\n![ảnh](photo.jpg)\n\nGhi chú: n\n`;
    expect(problemsOf(text)).toEqual([
      `${file}:4 text before the first slide: start the slide with a "## " heading`,
      `${file}:8 ### headings are not supported: use "# " for a title slide or "## " for a slide`,
      `${file}:10 a quotation (>) is not supported on a slide`,
      `${file}:12 unknown block "mermaid": use \`\`\`chart, \`\`\`figure, \`\`\`statement, \`\`\`contents`,
      `${file}:16 images are not supported: the deck shows only what the source provides`,
    ]);
  });

  it('reports every problem of a file at once', () => {
    const text = goodSection
      .replace('type: bar', 'type: pie')
      .replace('value: 159', 'value: "x"')
      .replace(/Ghi chú:[\s\S]*$/, '');
    expect(problemsOf(text)).toHaveLength(3);
  });

  it('keeps raw HTML as text, never as markup', () => {
    const text = goodSection.replace('- Bắt giữ **159 vụ**', '- <script>alert(1)</script> <img src=x onerror=alert(1)>');
    const { section } = parseSection(file, text, options);
    expect(section?.slides[0]?.blocks[0]).toEqual({
      type: 'list',
      ordered: false,
      items: [[{ text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }]],
    });
  });

  it('normalises text to NFC', () => {
    const decomposed = goodSection.replace('Tội phạm\n\n-', `${'Tội phạm'.normalize('NFD')}\n\n-`);
    expect(parseSection(file, decomposed, options).section?.slides[0]?.title).toBe('Tội phạm'.normalize('NFC'));
  });
});
