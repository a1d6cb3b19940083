import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import type { Block, Slide } from '../../../src/model/deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { createDeckContext, type DeckContext } from '../../../src/model/deck-context.ts';
import { slideGeometry } from '../../../src/model/geometry.ts';
import { bodySizes, contentFrame, type Placed, placeDeck, placeSlide, type SlidePlacement } from '../../../src/model/placement.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

let context: DeckContext;
let placements: SlidePlacement[];
beforeAll(async () => {
  context = await loadDeckOrThrow(fixtureDecks.design);
  placements = placeDeck(context);
});

const slide = (title: string, blocks: Block[]): Pick<Slide, 'id' | 'kind' | 'title' | 'blocks'> => ({
  id: 's',
  kind: 'content',
  title,
  blocks,
});
const points = (count: number, text: string): Block => ({
  type: 'list',
  ordered: true,
  items: Array.from({ length: count }, () => [{ text }]),
});
const byTitle = (title: string): SlidePlacement => {
  const index = allSlides(context.deck).findIndex((each) => each.title === title);
  const placement = placements[index];
  if (!placement) throw new Error(`no slide "${title}" in the design deck`);
  return placement;
};
const items = (placement: SlidePlacement, role: Placed['role']): Placed[] => placement.items.filter((item) => item.role === role);
const bottom = (item: Placed): number => item.box.y + item.box.h;

describe('the grid every content slide shares', () => {
  it('keeps margins of about 5–6 %, the title clear of the top edge, the number in the bottom margin', () => {
    const { body, title, number } = contentFrame;
    expect(body.x / slideGeometry.width).toBeGreaterThanOrEqual(0.05);
    expect(body.x / slideGeometry.width).toBeLessThanOrEqual(0.06);
    expect(title.y / slideGeometry.height).toBeGreaterThanOrEqual(0.05);
    expect(number.y).toBeGreaterThanOrEqual(body.y + body.h);
    expect(number.y + number.h).toBeLessThanOrEqual(slideGeometry.height);
  });

  it('starts every content slide’s body at the same height, and keeps it inside the body', () => {
    const content = placements.filter((placement) => placement.kind === 'content');
    expect(content.length).toBeGreaterThan(5);
    for (const placement of content) {
      const body = placement.items.filter((item) => !['section', 'title', 'rule', 'number'].includes(item.role));
      expect(body.length, placement.slideId).toBeGreaterThan(0);
      expect(Math.min(...body.map((item) => item.box.y)), placement.slideId).toBeCloseTo(contentFrame.body.y, 5);
      for (const item of body)
        expect(bottom(item), `${placement.slideId} ${item.id}`).toBeLessThanOrEqual(contentFrame.body.y + contentFrame.body.h + 0.01);
    }
  });

  it('sets running text in one of the two body sizes only', () => {
    const sizes = new Set(
      placements.flatMap((placement) =>
        placement.items.flatMap((item) => (item.role === 'text' && placement.kind === 'content' ? [item.size] : [])),
      ),
    );
    expect(sizes.size).toBeGreaterThan(0);
    for (const size of sizes) expect(bodySizes).toContain(size);
  });
});

describe('placeSlide', () => {
  it('gives the cards of a row one width, and names their topic once, above them', () => {
    const row = byTitle('Giao thông');
    expect(row.arrangement).toBe('figure-row');
    const cards = items(row, 'figure');
    expect(cards.length).toBe(3);
    expect(new Set(cards.map((card) => card.box.w.toFixed(3))).size).toBe(1);
    const topics = items(row, 'topic');
    expect(topics.length).toBe(1);
    for (const card of cards) expect(card.box.y).toBeGreaterThan(bottom(topics[0] as Placed));
  });

  it('stacks figures too wide for a row of equal cards as strips across the page', () => {
    expect(byTitle('Môi trường').arrangement).toBe('figure-strips');
  });

  it('puts one figure in a column beside the text', () => {
    const placement = byTitle('Tổ thử nghiệm');
    expect(placement.arrangement).toBe('figure-column');
    const [figure] = items(placement, 'figure');
    const [text] = items(placement, 'text');
    expect(figure && text && figure.box.x + figure.box.w < text.box.x).toBe(true);
  });

  it('stands charts side by side on one baseline', () => {
    const charts = items(byTitle('Hai lĩnh vực: số vụ và số đối tượng'), 'chart');
    expect(charts.length).toBe(2);
    const plots = charts.map((chart) => (chart.role === 'chart' ? chart.plot : undefined));
    expect(plots[0]?.y).toBe(plots[1]?.y);
    expect(plots[0]?.h).toBe(plots[1]?.h);
  });

  it('sets a slide that does not fit in the dense size, a long list in two columns numbered on, and refuses what fits in neither', () => {
    const short = placeSlide(slide('Ít chữ', [points(2, 'Một ý ngắn')]), 'Phần', context);
    expect(short).toMatchObject({ arrangement: 'text', textSize: bodySizes[0], overflows: [] });
    const columns = placeSlide(slide('Mười ý', [points(10, 'Tăng cường kiểm tra, giám sát và đẩy mạnh tuyên truyền')]), 'Phần', context);
    expect(columns.arrangement).toBe('text-columns');
    const [, second] = items(columns, 'text');
    expect(second?.role === 'text' && second.blocks[0]?.type === 'list' ? second.blocks[0].start : undefined).toBe(6);
    const full = placeSlide(slide('Quá nhiều chữ', [points(30, 'Một ý dài '.repeat(14))]), 'Phần', context);
    expect(full.overflows.map((overflow) => overflow.part)).toEqual(['body']);
    const long = placeSlide(
      slide('Một tiêu đề rất dài không thể nằm trên một dòng của trang chiếu này', [points(1, 'Ý')]),
      'Phần',
      context,
    );
    expect(long.overflows.map((overflow) => overflow.part)).toEqual(['title']);
  });

  it('decides the same for the same slide, whatever its position in the deck', () => {
    for (const each of allSlides(context.deck)) {
      expect(placeSlide({ ...each, number: 99 } as typeof each, 'Phần', context)).toEqual(placeSlide(each, 'Phần', context));
    }
  });

  it('places the cover in a card inset from the page, its title in balanced lines', () => {
    const cover = placements[0];
    expect(cover?.kind).toBe('cover');
    const [card] = items(cover as SlidePlacement, 'cover');
    expect(card?.box.x).toBeGreaterThan(0);
    const [title] = items(cover as SlidePlacement, 'title');
    expect(title?.role === 'title' ? title.lines.length : 0).toBeGreaterThan(1);
  });

  it('gives every placed element of a slide its own id', () => {
    for (const placement of placements) expect(new Set(placement.items.map((item) => item.id)).size).toBe(placement.items.length);
    const other = createDeckContext(context.deck, context.locale);
    expect(placeDeck(other)).toEqual(placements);
  });
});
