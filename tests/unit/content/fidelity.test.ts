import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeck, loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import type { Deck, FigureBlock, ListBlock, Quantity } from '../../../src/model/deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';
import { createLocale, type Locale } from '../../../src/model/locale.ts';
import { droppedQualifiers, numbersNotInSource, qualifiedSourceFigures, quantitiesNotInSource } from '../../helpers/fidelity-rules.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { renderedSlides } from '../../helpers/html-text.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

interface Content {
  deck: Deck;
  locale: Locale;
  source: string;
}

async function readContent(dir: string): Promise<Content> {
  const { deck } = await loadDeckOrThrow(dir);
  if (!deck.meta.source) throw new Error(`${dir}/deck.yaml names no source article`);
  const source = (await readFile(path.join(dir, deck.meta.source), 'utf8')).normalize('NFC');
  return { deck, locale: createLocale(deck.meta.lang), source };
}

/** Everything the web deck lets a reader or a listener take in: slide text, notes and chart labels, as the renderer wrote them. */
function shownText({ deck, locale }: Content): string {
  return renderedSlides(renderSlides(createDeckContext(deck, locale)))
    .map((slide) => [slide.text, slide.notes, ...slide.labels].join('\n'))
    .join('\n');
}

/** Every fidelity rule's problems, for content in any year. */
function fidelityProblems(content: Content): string[] {
  const { deck, locale, source } = content;
  const text = shownText(content);
  return [
    ...quantitiesNotInSource(deck, source, locale),
    ...droppedQualifiers(text, source, deck.meta.lang),
    ...numbersNotInSource(text, deck, source, locale),
  ];
}

describe('slides/: the real content, checked only by rules that hold for any year', () => {
  let content: Content;
  beforeAll(async () => {
    content = await readContent('slides');
  });

  it('loads without a problem', async () => {
    const result = await loadDeck('slides');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('is faithful to its source article: quantities as written, qualifiers kept, nothing invented, derived values that add up', () => {
    // The rules must have something to check, or they would pass on any deck.
    expect(qualifiedSourceFigures(content.source, content.deck.meta.lang).length).toBeGreaterThan(0);
    expect(fidelityProblems(content)).toEqual([]);
  });

  it('speaks to every slide in the notes', () => {
    for (const slide of allSlides(content.deck)) expect(slide.notes.join(' ').length, slide.id).toBeGreaterThan(40);
  });

  it('is written in NFC', async () => {
    for (const file of ['deck.yaml', ...content.deck.sections.map((section) => path.basename(section.file))]) {
      const text = await readFile(path.join('slides', file), 'utf8');
      expect(text, file).toBe(text.normalize('NFC'));
    }
  });
});

describe('the fidelity rules, on the fixture deck and on broken copies of it', () => {
  let content: Content;
  beforeAll(async () => {
    content = await readContent(fixtureDecks.basic);
  });

  /** A copy of the fixture content with `change` applied to the copy of its deck. */
  const changed = (change: (deck: Deck) => void): Content => {
    const deck = structuredClone(content.deck);
    change(deck);
    return { ...content, deck };
  };
  const quantities = (deck: Deck): Quantity[] =>
    allSlides(deck).flatMap((slide) =>
      slide.blocks.flatMap((block) => (block.type === 'chart' ? block.chart.items : block.type === 'figure' ? [block.figure] : [])),
    );
  const quantityOf = (deck: Deck, predicate: (quantity: Quantity) => boolean): Quantity => {
    const found = quantities(deck).find(predicate);
    if (!found) throw new Error('the fixture deck lacks the quantity this test changes');
    return found;
  };

  it('finds the qualified figures of the source', () => {
    expect(qualifiedSourceFigures(content.source, 'vi')).toEqual([
      { qualifier: 'trên', figure: '420' },
      { qualifier: 'trên', figure: '750' },
      { qualifier: 'khoảng trên', figure: '2,5' },
    ]);
  });

  it('pass on a faithful deck', () => {
    expect(fidelityProblems(content)).toEqual([]);
  });

  it('catch a qualifier dropped from a chart value, wherever the renderer shows it', () => {
    const broken = changed((deck) => {
      delete quantityOf(deck, (quantity) => quantity.qualifier === 'trên' && !quantity.derived).qualifier;
    });
    const problems = fidelityProblems(broken);
    expect(problems.some((problem) => /is not in the source as written/.test(problem))).toBe(true);
    expect(problems.some((problem) => /without "trên"/.test(problem))).toBe(true);
  });

  it('catch a figure whose number or unit differs from the source', () => {
    const number = changed((deck) => {
      const figure = quantityOf(deck, (quantity) => quantity.unit === 'thôn, bản');
      figure.value += 1;
    });
    expect(quantitiesNotInSource(number.deck, number.source, number.locale)).toEqual([
      expect.stringMatching(/02-noi-dung\.md:\d+ thành lập tổ thử nghiệm: "15 thôn, bản" is not in the source as written$/),
    ]);
    expect(numbersNotInSource(shownText(number), number.deck, number.source, number.locale)).toEqual([
      '"15" is in the deck but not in the source, and not marked as derived',
    ]);
    const unit = changed((deck) => {
      quantityOf(deck, (quantity) => quantity.unit === 'tỷ đồng').unit = 'triệu đồng';
    });
    expect(quantitiesNotInSource(unit.deck, unit.source, unit.locale)).toHaveLength(1);
  });

  it('catch a number in the text that the source does not have', () => {
    const broken = changed((deck) => {
      const list = allSlides(deck)
        .flatMap((slide) => slide.blocks)
        .find((block): block is ListBlock => block.type === 'list');
      list?.items.push([{ text: 'Xử lý thêm 61 vụ' }]);
    });
    expect(numbersNotInSource(shownText(broken), broken.deck, broken.source, broken.locale)).toEqual([
      '"61" is in the deck but not in the source, and not marked as derived',
    ]);
  });

  // A derived value whose formula does not give it is refused by the build itself: see
  // tests/unit/content/check-citations.test.ts.

  it('catch a value that is neither in the source nor marked as derived', () => {
    const broken = changed((deck) => {
      const figure = allSlides(deck)
        .flatMap((slide) => slide.blocks)
        .find((block): block is FigureBlock => block.type === 'figure');
      if (figure) figure.figure.value = 16;
    });
    expect(fidelityProblems(broken).length).toBeGreaterThanOrEqual(2);
  });
});
