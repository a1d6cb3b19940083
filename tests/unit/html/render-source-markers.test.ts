import { describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderDownloadsMenu } from '../../../src/html/render-downloads-menu.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

const locale = createLocale('vi');

describe('source markers and data links in the web deck', () => {
  it('gives each cited figure, chart and point a disclosure button for its sentence, and each chart its CSV link', async () => {
    const { deck } = await loadDeckOrThrow(fixtureDecks.basic);
    const html = renderSlides(createDeckContext(deck, locale));
    const markers = [
      ...html.matchAll(
        /<button type="button" class="source-marker reader-only" aria-expanded="false" aria-controls="([^"]+)" aria-label="Nguồn (\d+)">\2<\/button>/g,
      ),
    ];
    // 2 points and a figure and a point on slides 2–3, a point and 3 charts, 2 figures.
    expect(markers).toHaveLength(10);
    for (const [, id] of markers)
      expect(html).toMatch(new RegExp(`<div class="source-note" id="${id}" role="region" aria-label="Nguồn \\d+" hidden>`));
    expect(html).toContain(
      '<q>Huyện thành lập tổ thử nghiệm ở 14 thôn, bản.</q>'.replace(
        'Huyện thành lập tổ thử nghiệm ở 14 thôn, bản',
        '<mark>Huyện thành lập tổ thử nghiệm ở 14 thôn, bản</mark>',
      ),
    );
    expect(html).toContain(
      '<span class="source-note__label">Kế hoạch:</span> <q>…<mark>tổ chức tập huấn cho trên 420 lượt người, bằng 140% kế hoạch</mark>…</q>',
    );
    expect(html).toContain('<a class="chart__data" href="./data/05-tap-huan.csv" download>Tải dữ liệu (CSV)</a>');
    // The markers are not part of the points' text.
    expect(html).not.toContain('[^');
  });

  it('adds the Nguồn số liệu appendix only when asked, listing every cited sentence with its figures', async () => {
    const { deck: plain } = await loadDeckOrThrow(fixtureDecks.basic);
    expect(plain.sections.some((section) => section.appendix)).toBe(false);
    const { deck } = await loadDeckOrThrow(fixtureDecks.basic, { appendix: true });
    const appendix = deck.sections.at(-1);
    expect(appendix?.appendix).toBe(true);
    expect(appendix?.title).toBe('Nguồn số liệu');
    const text = (appendix?.slides ?? [])
      .flatMap((slide) => slide.blocks)
      .flatMap((block) => (block.type === 'list' ? block.items.map((item) => item.map((inline) => inline.text).join('')) : []))
      .join('\n');
    for (const sentence of Object.values(deck.sourceSentences ?? {})) expect(text).toContain(`“${sentence}”`);
    for (const figure of [
      '14 thôn, bản',
      'trên 420 lượt người',
      'khoảng trên 2,5 tỷ đồng',
      '140%',
      '12-KH/HM',
      '5/1/2020',
      'trên 750 người; 97 người',
      'khoảng 300 lượt người (suy ra: 420 ÷ 140%)',
    ]) {
      expect(text).toContain(figure);
    }
    expect(renderSlides(createDeckContext(deck, locale))).toContain('class="slide slide--content slide--appendix arrangement-text');
  });
});

describe('the Tải về menu', () => {
  it('links every file relatively, with its size, and is empty when there is nothing to offer', () => {
    const html = renderDownloadsMenu(
      {
        outputs: [{ kind: 'presentation', file: 'deck.pdf', bytes: 166_912 }],
        slideImages: [{ number: 1, file: 'png/01.png', bytes: 2_000_000 }],
        chartData: [{ title: 'Vụ <việc>', file: 'data/04-a.csv', bytes: 300 }],
      },
      locale,
    );
    expect(html).toContain('<a href="./deck.pdf" download>Bản trình chiếu (PDF)</a> <span class="downloads__size">163 KB</span>');
    expect(html).toContain('<span class="downloads__size">1,9 MB</span>');
    expect(html).toContain('<a href="./data/04-a.csv" download>Vụ &lt;việc&gt;</a> <span class="downloads__size">300 B</span>');
    expect(html).toMatch(/^<nav class="downloads" aria-label="Tải về"><details><summary>Tải về<\/summary>/);
    expect(renderDownloadsMenu({ outputs: [], slideImages: [], chartData: [] }, locale)).toBe('');
  });
});
