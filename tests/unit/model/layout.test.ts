import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { allSlides, type Block, type Deck, type Slide } from '../../../src/model/deck.ts';
import { slideGeometry, slideRegions } from '../../../src/model/geometry.ts';
import { slideLayout } from '../../../src/model/layout.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

let deck: Deck;
beforeAll(async () => {
  deck = (await loadDeckOrThrow(fixtureDecks.design)).deck;
});

const slide = (title: string, blocks: Block[]): Pick<Slide, 'kind' | 'title' | 'blocks'> => ({ kind: 'content', title, blocks });
const bullets = (count: number, text: string): Block => ({
  type: 'list',
  ordered: true,
  items: Array.from({ length: count }, () => [{ text }]),
});

describe('slideRegions: the frame of a content slide', () => {
  it('keeps margins of about 5–6 % and the title clear of the edge, with the number in the bottom margin', () => {
    const regions = slideRegions(1);
    expect(regions.body.x / slideGeometry.width).toBeGreaterThanOrEqual(0.05);
    expect(regions.body.x / slideGeometry.width).toBeLessThanOrEqual(0.06);
    expect(regions.header.y / slideGeometry.height).toBeGreaterThanOrEqual(0.05);
    expect(regions.number.y).toBeGreaterThanOrEqual(regions.body.y + regions.body.h);
    expect(regions.number.y + regions.number.h).toBeLessThanOrEqual(slideGeometry.height);
    expect(slideRegions(2).body.y).toBeGreaterThan(regions.body.y);
  });
});

describe('slideLayout', () => {
  it('sets a thin text slide in large type, and a long list in two columns', () => {
    expect(slideLayout(slide('Ít chữ', [bullets(2, 'Một ý ngắn')]))).toMatchObject({ kind: 'text', textSize: 'large', listColumns: 1 });
    expect(slideLayout(slide('Sáu ý', [bullets(6, 'Tăng cường kiểm tra, giám sát và đẩy mạnh tuyên truyền')]))).toMatchObject({
      kind: 'text',
      listColumns: 2,
    });
    const full = slideLayout(slide('Nhiều chữ', [bullets(9, 'Một ý dài '.repeat(14))]));
    expect(full).toMatchObject({ kind: 'text', textSize: 'compact' });
  });

  it('puts figures that fit in a row above the text, and a single figure beside it', () => {
    const layouts = allSlides(deck).map((each) => ({ title: each.title, layout: slideLayout(each) }));
    const byTitle = (title: string) => layouts.find((each) => each.title === title)?.layout;
    expect(byTitle('Giao thông')).toMatchObject({ kind: 'figure', arrangement: 'row' });
    expect(byTitle('Tổ thử nghiệm')).toMatchObject({ kind: 'figure', arrangement: 'column' });
    // Three wide values fit in a row only in compact type.
    expect(byTitle('Môi trường')).toMatchObject({ kind: 'figure', arrangement: 'row', figureSize: 'compact' });
    expect(byTitle('Hai lĩnh vực: số vụ và số đối tượng')).toMatchObject({ kind: 'chart', text: [] });
  });

  it('decides the same for the same slide, whatever its position in the deck', () => {
    for (const each of allSlides(deck)) expect(slideLayout({ ...each, number: 99 } as typeof each)).toEqual(slideLayout(each));
  });
});
