import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import type { Deck } from '../../../src/model/deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { type QuantityValue, quantityParts } from '../../../src/model/quantity.ts';
import { buildPptxSlides } from '../../../src/pptx/build-pptx-slides.ts';
import type { PptxDeck, PptxSlide } from '../../../src/pptx/pptx-deck.ts';
import { valueFormatCode } from '../../../src/pptx/value-format-code.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

const locale = createLocale('vi');
const formatCode = (quantity: QuantityValue): string => valueFormatCode(quantityParts(quantity, locale), '(suy ra)');

let deck: Deck;
let pptx: PptxDeck;

beforeAll(async () => {
  deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
  pptx = buildPptxSlides(createDeckContext(deck, locale));
});

describe('buildPptxSlides: the Deck → PowerPoint mapping, on the fixture deck', () => {
  it('matches the golden description for the first slide of each layout', async () => {
    const layouts: PptxSlide['layout'][] = ['cover', 'text', 'figure-column', 'chart'];
    const golden = layouts.map((layout) => {
      const slide = pptx.slides.find((candidate) => candidate.layout === layout);
      expect(slide, layout).toBeDefined();
      return slide;
    });
    // Review a change to this file by eye (npm run check:pptx), then update it with `npx vitest run -u`.
    await expect(`${JSON.stringify({ meta: pptx.meta, fontFace: pptx.fontFace, slides: golden }, null, 2)}\n`).toMatchFileSnapshot(
      './golden/pptx-slides.json',
    );
  });

  it('makes one slide per deck slide, in order, each with its notes', () => {
    expect(pptx.slides.map((slide) => slide.id)).toEqual(allSlides(deck).map((slide) => slide.id));
    expect(pptx.slides.map((slide) => slide.notes)).toEqual(allSlides(deck).map((slide) => slide.notes));
  });

  it('keeps every shape on the 13.333 × 7.5 in slide', () => {
    for (const slide of pptx.slides) {
      for (const shape of slide.shapes) {
        const { x, y, w, h } = shape.box;
        expect(x >= 0 && y >= 0 && x + w <= 13.334 && y + h <= 7.5, `${slide.id}: ${shape.name}`).toBe(true);
      }
    }
  });

  it('does not overlap the shapes of a slide body, apart from a figure card and its text', () => {
    for (const slide of pptx.slides) {
      const boxes = slide.shapes.filter((shape) => shape.kind === 'text' || shape.kind === 'chart').map((shape) => shape.box);
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          const overlap = a.x < b.x + b.w - 0.001 && b.x < a.x + a.w - 0.001 && a.y < b.y + b.h - 0.001 && b.y < a.y + a.h - 0.001;
          expect(overlap, slide.id).toBe(false);
        }
      }
    }
  });
});

describe('valueFormatCode', () => {
  it('writes qualifier, number and unit as a number format, with the derived mark', () => {
    // No-break spaces inside the quantity, so a label never splits it; the derived mark on a line of its own.
    const nbsp = '\u00a0';
    expect(formatCode({ value: 262, qualifier: 'trên', unit: 'lượt người' })).toBe(`"trên${nbsp}"#,##0"${nbsp}lượt${nbsp}người"`);
    expect(formatCode({ value: 200, qualifier: 'khoảng', unit: 'lượt người', derived: 'x' })).toBe(
      `"khoảng${nbsp}"#,##0"${nbsp}lượt${nbsp}người\n(suy ra)"`,
    );
    expect(formatCode({ value: 131, unit: '% kế hoạch' })).toBe(`#,##0"%${nbsp}kế${nbsp}hoạch"`);
    expect(formatCode({ value: 1.5, qualifier: 'khoảng trên', unit: 'tỷ đồng' })).toBe(
      `"khoảng${nbsp}trên${nbsp}"#,##0.0"${nbsp}tỷ${nbsp}đồng"`,
    );
  });
});
