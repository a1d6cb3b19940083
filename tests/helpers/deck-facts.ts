import { plainText } from '../../src/content/parse-section.ts';
import type { Deck, Quantity, Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import type { Locale } from '../../src/model/locale.ts';
import { quantityParts, quantityText } from '../../src/model/quantity.ts';
import type { QualifiedFigure } from './find-unqualified.ts';

/**
 * What a reader must find in every output of a deck, derived from the deck's own model: tests
 * look for these in what the real renderers produced (HTML, PDF text, PPTX XML), so no test
 * hard-codes a figure of any particular year.
 */
export interface QuantityFact {
  slide: Slide;
  quantity: Quantity;
  /** Qualifier, number and unit as the model and the Locale write them: "khoảng trên 2,5 tỷ đồng". */
  text: string;
  /** The number alone, as the Locale writes it: "2,5". */
  number: string;
  qualifier?: string;
  derived: boolean;
  kind: 'figure' | 'chart';
  /** The chart's title, for a chart value. */
  chartTitle?: string;
}

export interface SlideFacts {
  slide: Slide;
  /** The slide's words: its title, then each paragraph and list item as plain text. */
  text: string[];
  /** Its big figures. */
  figures: QuantityFact[];
  /** Its charts' values, chart by chart. */
  chartValues: QuantityFact[];
  chartTitles: string[];
}

export function slideFacts(slide: Slide, locale: Locale): SlideFacts {
  const fact = (quantity: Quantity, kind: QuantityFact['kind'], chartTitle?: string): QuantityFact => {
    const parts = quantityParts(quantity, locale);
    return {
      slide,
      quantity,
      text: quantityText(parts),
      number: parts.number,
      ...(parts.qualifier ? { qualifier: parts.qualifier } : {}),
      derived: parts.derived,
      kind,
      ...(chartTitle ? { chartTitle } : {}),
    };
  };
  const text = [slide.title];
  const figures: QuantityFact[] = [];
  const chartValues: QuantityFact[] = [];
  const chartTitles: string[] = [];
  for (const block of slide.blocks) {
    if (block.type === 'paragraph') text.push(plainText(block.inlines));
    else if (block.type === 'list') text.push(...block.items.map(plainText));
    else if (block.type === 'figure') figures.push(fact(block.figure, 'figure'));
    else if (block.type === 'statement')
      text.push(block.statement.text, block.statement.by, ...(block.statement.role ? [block.statement.role] : []));
    else if (block.type === 'contents') text.push(...block.entries.map((entry) => entry.title));
    else {
      chartTitles.push(block.chart.title);
      chartValues.push(...block.chart.items.map((item) => fact(item, 'chart', block.chart.title)));
    }
  }
  return { slide, text, figures, chartValues, chartTitles };
}

export function deckFacts(deck: Deck, locale: Locale): SlideFacts[] {
  return allSlides(deck).map((slide) => slideFacts(slide, locale));
}

export function quantityFacts(deck: Deck, locale: Locale): QuantityFact[] {
  return deckFacts(deck, locale).flatMap((facts) => [...facts.figures, ...facts.chartValues]);
}

/**
 * Each number the deck gives a qualifier ("trên 420"), once. A number the deck also shows
 * without a qualifier, or with another one, is left out: the rule would contradict itself.
 */
export function qualifiedFigures(deck: Deck, locale: Locale): QualifiedFigure[] {
  const byNumber = new Map<string, Set<string>>();
  for (const fact of quantityFacts(deck, locale)) {
    const qualifiers = byNumber.get(fact.number) ?? new Set<string>();
    qualifiers.add(fact.qualifier ?? '');
    byNumber.set(fact.number, qualifiers);
  }
  return [...byNumber].flatMap(([figure, qualifiers]) => {
    const [qualifier] = [...qualifiers];
    return qualifiers.size === 1 && qualifier ? [{ qualifier, figure }] : [];
  });
}

/** Collapses every run of white space, no-break spaces included, to one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What any rendering of the slides must let a reader read, as text: their words and their big figures with labels. */
export function readableFacts(deck: Deck, locale: Locale): string[] {
  return deckFacts(deck, locale).flatMap((facts) => [
    ...facts.text,
    ...facts.figures.flatMap((figure) => [figure.text, figure.quantity.label]),
  ]);
}
