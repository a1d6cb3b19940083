import { describe, expect, it } from 'vitest';
import { renderSlides } from '../../../src/html/render-slides.ts';
import type { Deck } from '../../../src/model/deck.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';

const deck: Deck = {
  meta: { title: 'T', author: 'Tác giả', date: '2016', lang: 'vi', description: 'd', keywords: [] },
  sections: [
    {
      id: 's',
      title: 'Phần <1>',
      file: 'slides/s.md',
      slides: [
        {
          id: 'a',
          number: 1,
          kind: 'content',
          title: '<img src=x onerror=alert(1)>',
          blocks: [
            { type: 'list', ordered: false, items: [[{ text: '<script>alert(1)</script>' }], [{ text: 'đậm', strong: true }]] },
            { type: 'figure', figure: { value: 1.5, qualifier: 'khoảng trên', unit: 'tỷ đồng', label: 'tài sản' } },
            {
              type: 'chart',
              id: 'a-chart-3',
              chart: { type: 'bar', title: 'Biểu đồ "x"', items: [{ label: 'Số vụ', value: 159, unit: 'vụ' }] },
            },
          ],
          notes: ['Ghi chú <b>'],
          fragments: true,
          location: { file: 'slides/s.md', line: 3 },
        },
      ],
    },
  ],
};

describe('renderSlides', () => {
  const html = renderSlides(createDeckContext(deck));

  it('escapes every text, so content cannot inject markup', () => {
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders notes, fragments, figures and an accessible chart table', () => {
    // A block's short last word is bound to the one before it, in the script too.
    expect(html).toContain('<aside class="notes"><p>Ghi chú\u00a0&lt;b&gt;</p></aside>');
    expect(html).toContain('<li class="fragment"><strong>đậm</strong></li>');
    expect(html).toContain(
      '<span class="figure__qualifier">khoảng trên</span> <span class="figure__number">1,5</span> <span class="figure__unit">tỷ đồng</span>',
    );
    // The chart is named by what it compares, and described by its table, which holds the values.
    expect(html).toMatch(/<canvas role="img" aria-label="Biểu đồ: Biểu đồ &quot;x&quot;" aria-describedby="a-chart-3-bang"/);
    expect(html).toMatch(
      /<table class="chart__table sr-only" id="a-chart-3-bang">.*<tr><th scope="row">Số vụ<\/th><td><span class="nowrap">159 vụ<\/span><\/td><\/tr>/,
    );
    // Its button shows the same table, in the chart's place.
    expect(html).toContain(
      '<button type="button" class="chart__show-table" aria-expanded="false" aria-controls="a-chart-3-bang">Xem số liệu dạng bảng</button>',
    );
  });

  it('keeps the chart data parseable from its attribute', () => {
    const attribute = /data-chart="([^"]*)"/.exec(html)?.[1] ?? '';
    const decoded = attribute
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toMatchObject({
      type: 'bar',
      title: 'Biểu đồ "x"',
      items: [{ value: 159, lines: ['159 vụ'], shortLines: ['159'] }],
    });
  });
});
