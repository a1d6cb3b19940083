import { describe, expect, it } from 'vitest';
import { parseSection } from '../../../src/content/parse-section.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

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
    expect(problemsOf(text)).toEqual([`${file}:16 chart.items[2].value (Đối tượng): cần một con số, nhưng đang ghi «12k»`]);
  });

  it('explains a decimal comma', () => {
    const text = goodSection.replace('value: 159', 'value: 1,5');
    expect(problemsOf(text)).toEqual([
      `${file}:14 chart.items[1].value (Số vụ): cần một con số, nhưng đang ghi «1,5» (số thập phân ghi bằng dấu chấm, ví dụ 1.5; trang chiếu sẽ hiện 1,5)`,
    ]);
  });

  it('names an unknown chart type with the allowed ones', () => {
    const text = goodSection.replace('type: bar', 'type: pie');
    expect(problemsOf(text)).toEqual([`${file}:10 chart.type: phải là một trong «bar», «horizontalBar», «doughnut», không phải «pie»`]);
  });

  it('reports a missing required field at its parent', () => {
    const text = goodSection.replace('title: Số vụ bắt giữ\n', '');
    expect(problemsOf(text)).toEqual([`${file}:10 chart.title: còn thiếu: cần ghi một đoạn chữ`]);
  });

  it('reports an unknown field, such as a misspelt one', () => {
    const text = goodSection.replace('    unit: vụ', '    unti: vụ');
    expect(problemsOf(text)).toEqual([`${file}:13 chart.items[1] (Số vụ): không dùng mục «unti» ở đây: kiểm tra tên mục, hoặc xóa nó`]);
  });

  it('reports invalid YAML at its line, saying what to do', () => {
    const text = goodSection.replace('title: Số vụ bắt giữ\n', 'title: [Số vụ bắt giữ\n');
    expect(problemsOf(text)).toEqual([`${file}:11 chart: danh sách mở bằng «[» ở đây chưa đóng: kết thúc bằng «]» trên cùng dòng`]);
  });

  it('reports a front-matter problem in the front matter', () => {
    expect(problemsOf(goodSection.replace('title: Kết quả', 'title: ""'))).toEqual([`${file}:2 title: không được để trống`]);
    expect(problemsOf(goodSection.replace('---\ntitle: Kết quả\n---\n', ''))).toEqual([
      `${file}:1 thiếu phần đầu tệp: bắt đầu tệp bằng một dòng «---», một dòng «title: …» và một dòng «---»`,
    ]);
  });

  it('requires speaker notes on every slide', () => {
    const text = goodSection.replace(/Ghi chú:[\s\S]*$/, '');
    expect(problemsOf(text)).toEqual([`${file}:5 notes: trang «Tội phạm» chưa có lời thuyết trình: thêm một đoạn bắt đầu bằng «Ghi chú:»`]);
  });

  it('rejects constructs the deck cannot show, each at its line', () => {
    const text = `---\ntitle: X\n---\nText before.\n\n## A\n\n### Small\n\n> quote\n\n\`\`\`mermaid\ngraph\n\`\`\`\n\n![ảnh](photo.jpg)\n\nGhi chú: n\n`;
    expect(problemsOf(text)).toEqual([
      `${file}:4 có chữ trước trang đầu tiên: bắt đầu trang bằng một dòng tiêu đề «## »`,
      `${file}:8 không dùng tiêu đề «### »: dùng «# » cho trang tiêu đề hoặc «## » cho một trang`,
      `${file}:10 đoạn trích dẫn (>) không dùng được trên trang chiếu: viết thành đoạn văn hoặc danh sách ý`,
      `${file}:12 không có loại khối «mermaid»: dùng «\`\`\`chart», «\`\`\`figure», «\`\`\`statement», «\`\`\`contents»`,
      `${file}:16 không dùng hình ảnh: bài trình bày chỉ hiện những gì bài viết nguồn có`,
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
