import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderHead } from '../../../src/html/render-head.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import { allSlides, type Deck } from '../../../src/model/deck.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { type HandoutSlide, renderHandoutPages, renderNotesForMeasuring } from '../../../src/pdf/render-handout.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

const locale = createLocale('vi');
let deck: Deck;
let html: string;

beforeAll(async () => {
  deck = (await loadDeckOrThrow(fixtureDecks.design)).deck;
  html = renderSlides(createDeckContext(deck, locale));
});

const sectionOf = (title: string): string => {
  const slide = allSlides(deck).find((each) => each.title === title);
  const start = html.indexOf(`id="${slide?.id}"`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('renderSlides: the design decisions in the markup', () => {
  it('keeps each quantity, code and phrase of the running text in a span that does not break', () => {
    expect(html).toContain(
      '<span class="nowrap"><strong>83 vụ</strong></span><strong>, </strong><span class="nowrap"><strong>97 đối tượng</strong></span>',
    );
    expect(html).toContain('<span class="nowrap"><strong>12-KH/HM</strong></span>');
    expect(html).toContain('<span class="nowrap">5/1/2020</span>');
    expect(html).toContain('<span class="nowrap">thử nghiệm</span>');
  });

  it('carries the arrangement the model chose as a class, and puts every element in a box of the placement', () => {
    expect(sectionOf('Giao thông')).toMatch(/class="slide slide--content arrangement-figure-row"/);
    expect(sectionOf('Hai lĩnh vực: số vụ và số đối tượng')).toMatch(/arrangement-chart/);
    const places = [...sectionOf('Hai lĩnh vực: số vụ và số đối tượng').matchAll(/data-place="([^"]+)"/g)].map((match) => match[1]);
    expect(places).toEqual(['section', 'title', 'rule', 'chart-1', 'chart-2', 'number']);
  });

  it('gives each figure its topic’s colour class, and names a topic once, above its cards', () => {
    const row = sectionOf('Giao thông');
    expect(row).toContain('<p class="topic-label topic-1" data-place="topic-1">Giao thông</p>');
    expect(row.match(/class="topic-label/g)).toHaveLength(1);
    expect(row.match(/class="figure figure--tile figure--\w+ topic-1"/g)).toHaveLength(2);
    expect(sectionOf('Môi trường')).toContain('<p class="topic-label topic-2" data-place="topic-1">Môi trường</p>');
    expect(sectionOf('Tổ thử nghiệm')).toMatch(/<div class="figure figure--tile figure--\w+ topic-none"/);
  });

  it('explains a derived value beside a key of its hatching, in body text', () => {
    expect(sectionOf('Tập huấn')).toContain(
      '<p class="chart__derived"><span class="derived-swatch topic-none" aria-hidden="true"></span><span><strong>Kế hoạch (suy ra):</strong> tính từ <span class="nowrap">trên 420 lượt người</span>',
    );
  });

  it('numbers each content slide in its own footer, not as a link', () => {
    const total = allSlides(deck).length;
    expect(sectionOf('Tình hình năm 2020')).toContain(`<p class="slide__number" data-place="number" aria-hidden="true">3 / ${total}</p>`);
    expect(html).not.toMatch(/<a [^>]*slide__number/);
  });

  it('sets the presenter hints apart from the spoken script, in an aside of their own', () => {
    const section = sectionOf('Tập huấn');
    const notes = /<aside class="notes">(.*?)<\/aside>/s.exec(section)?.[1] ?? '';
    expect(notes.replaceAll('\u00a0', ' ')).toBe('<p>Huyện tổ chức tập huấn cho trên 420 lượt người, bằng 140% kế hoạch.</p>');
    // The script keeps its quantities whole, as plain text: the console and the remote read it so.
    expect(notes).toContain('trên\u00a0420\u00a0lượt\u00a0người');
    expect(section).toContain(
      '<aside class="presenter-hints" aria-label="Gợi ý cho người trình bày"><p>Bài viết không nêu con số kế hoạch; cột kế hoạch là con số suy\u00a0ra.</p></aside>',
    );
    expect(sectionOf('Giao thông')).not.toContain('presenter-hints');
  });

  it('claims no author the deck does not name: no organisation line on the cover, no author meta', () => {
    expect(deck.meta.author).toBe('');
    expect(html).not.toContain('cover__org');
    expect(renderHead(deck)).not.toMatch(/name="author"|og:site_name/);
    const named = renderSlides(createDeckContext({ ...deck, meta: { ...deck.meta, author: 'Ban biên tập' } }, locale));
    expect(named).toContain('<p class="cover__org" data-place="org">Ban <span class="nowrap">biên tập</span></p>');
  });
});

describe('the notes handout', () => {
  const handoutSlides = (): HandoutSlide[] =>
    deck.sections.flatMap((section) => section.slides.map((slide) => ({ printedPage: slide.number - 1, slide, section })));

  it('prints the hints after the script, set apart under their label', () => {
    const html = renderNotesForMeasuring(handoutSlides(), createDeckContext(deck, locale));
    expect(html).toMatch(
      /<p class="handout-note">Huyện tổ chức tập huấn[^<]*<\/p><p class="handout-note handout-note--hint"><span class="handout-note__hint-label">Gợi ý cho người trình bày<\/span>Bài viết không nêu/,
    );
  });

  it('keeps a quantity of the notes on one line, with no-break spaces', () => {
    const html = renderNotesForMeasuring(handoutSlides(), createDeckContext(deck, locale));
    const quantity = /trên\u00a0\d+\u00a0lượt\u00a0người/;
    expect(html).toMatch(quantity);
  });

  it('names no author in its header when deck.yaml names none', () => {
    const [first] = handoutSlides();
    if (!first) throw new Error('the design deck has slides');
    const page = renderHandoutPages(createDeckContext(deck, locale), 1, [
      { kind: 'notes', slotWidth: 150, placements: [{ block: 0, from: 0, to: 1, continued: false, slide: first }] },
    ]);
    expect(page).toMatch(
      /<header class="handout-page__header" aria-hidden="true"><span class="handout-page__meeting">[^<]*<\/span><\/header>/,
    );
  });
});
