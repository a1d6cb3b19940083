import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import type { Deck } from '../../../src/model/deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';
import { createLocale, type Locale } from '../../../src/model/locale.ts';
import { deckFacts, qualifiedFigures, squash } from '../../helpers/deck-facts.ts';
import { findUnqualified } from '../../helpers/find-unqualified.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { decodeEntities, type RenderedSlide, renderedSlides } from '../../helpers/html-text.ts';

let deck: Deck;
let locale: Locale;
let slides: RenderedSlide[];

beforeAll(async () => {
  deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
  locale = createLocale(deck.meta.lang);
  slides = renderedSlides(renderSlides(createDeckContext(deck, locale)));
});

/** The rows of each chart's screen-reader table on a slide: "label | value". */
function tableRows(html: string): string[] {
  // A value's kept ranges are spans of their own; a no-break space reads as a space.
  const text = (cell: string): string => decodeEntities(cell.replace(/<[^>]*>/g, '')).replaceAll('\u00a0', ' ');
  return [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(.*?)<\/td><\/tr>/g)].map(
    (row) => `${text(row[1] ?? '')} | ${text(row[2] ?? '')}`,
  );
}

describe('renderSlides on the fixture deck: what the HTML shows, read back from it', () => {
  it('renders one <section> per slide of the model, in order, with its notes', () => {
    expect(slides.map((slide) => slide.id)).toEqual(allSlides(deck).map((slide) => slide.id));
    // The deck as loaded keeps its hints after the notes; what is published has none (publicDeck).
    for (const [index, slide] of allSlides(deck).entries())
      expect(squash(slides[index]?.notes ?? ''), slide.id).toBe(squash([...slide.notes, ...(slide.hints ?? [])].join(' ')));
  });

  it('shows each slide’s title, paragraphs and list items', () => {
    for (const [index, facts] of deckFacts(deck, locale).entries()) {
      const text = squash(slides[index]?.text ?? '');
      for (const words of facts.text) expect(text, facts.slide.id).toContain(squash(words));
    }
  });

  it('shows every big figure as qualifier, number and unit, then its label', () => {
    const figures = deckFacts(deck, locale).flatMap((facts) => facts.figures);
    expect(figures.some((figure) => figure.qualifier)).toBe(true);
    for (const figure of figures) {
      const slide = slides[figure.slide.number - 1];
      expect(squash(slide?.text ?? ''), figure.slide.id).toContain(`${figure.text} ${figure.quantity.label}`);
      expect(slide?.html).toContain(`<span class="figure__number">${figure.number}`);
    }
  });

  it('gives every chart value a table row, with qualifier, unit and the derived mark, and names the chart without its values', () => {
    for (const [index, facts] of deckFacts(deck, locale).entries()) {
      const slide = slides[index];
      const expected = facts.chartValues.map(
        (value) => `${value.quantity.label} | ${value.text}${value.derived ? ` ${locale.strings.derivedMark}` : ''}`,
      );
      expect(tableRows(slide?.html ?? ''), facts.slide.id).toEqual(expected);
      for (const title of facts.chartTitles) {
        const label = slide?.labels.find((candidate) => candidate.includes(title)) ?? '';
        expect(label, title).toBe(`${locale.strings.chartLabel}: ${title}`);
        for (const value of facts.chartValues.filter((candidate) => candidate.chartTitle === title)) {
          expect(label, title).not.toContain(value.number);
        }
      }
    }
  });

  it('explains every derived value next to it', () => {
    const derived = deckFacts(deck, locale).flatMap((facts) => [...facts.figures, ...facts.chartValues].filter((value) => value.derived));
    expect(derived.length).toBeGreaterThan(0);
    for (const value of derived) {
      const text = squash(slides[value.slide.number - 1]?.text ?? '');
      expect(text).toContain(`${value.quantity.label} ${locale.strings.derivedMark}: ${squash(value.quantity.derived ?? '')}`);
    }
  });

  it('never shows a qualified number without its qualifier, in the text, the notes or a chart label', () => {
    const text = squash(slides.map((slide) => [slide.text, slide.notes, ...slide.labels].join(' ')).join(' '));
    const qualified = qualifiedFigures(deck, locale);
    expect(qualified.length).toBeGreaterThan(0);
    for (const figure of qualified) {
      const report = findUnqualified(text, figure);
      expect(report.occurrences, figure.figure).toBeGreaterThan(0);
      expect(report.unqualified, figure.figure).toEqual([]);
    }
  });
});
