import type { Deck } from '../../src/model/deck.ts';
import type { Locale } from '../../src/model/locale.ts';
import { quantityFacts, squash } from './deck-facts.ts';
import { findUnqualified, type QualifiedFigure } from './find-unqualified.ts';

/**
 * Content rules that hold for any year's deck and its source article: they need no figure of
 * their own. Each returns its problems, one line each, naming the slide; none means the rule holds.
 */

/** Words that make a figure approximate or a bound, per language; longest first, so "khoảng trên" wins over "khoảng". */
export const qualifierWords: Readonly<Record<string, readonly string[]>> = {
  vi: ['khoảng trên', 'khoảng dưới', 'khoảng gần', 'khoảng', 'trên', 'hơn', 'gần', 'dưới', 'xấp xỉ', 'chừng', 'ngót', 'ít nhất', 'tối đa'],
};

/** A number as the source writes it: "159", "1,5", "1.500". */
const numberPattern = /\d+(?:[.,]\d+)*/g;

/**
 * Every quantity of the deck that is not derived appears in the source as the deck writes it:
 * qualifier, number and unit, as whole words, and not after a qualifier the deck left out.
 */
export function quantitiesNotInSource(deck: Deck, source: string, locale: Locale): string[] {
  const article = squash(source);
  const words = qualifierWords[deck.meta.lang] ?? [];
  const qualifiedBefore = new RegExp(`(?<!\\p{L})(${words.join('|') || '(?!)'})\\s*$`, 'u');
  const asWritten = (text: string): boolean =>
    [...article.matchAll(new RegExp(escapeRegExp(text), 'g'))].some((match) => {
      const before = article.slice(0, match.index);
      const after = article.slice(match.index + text.length);
      return !/[\p{L}\d]$/u.test(before) && !/^[\p{L}\d]/u.test(after) && !qualifiedBefore.test(before);
    });
  return quantityFacts(deck, locale)
    .filter((fact) => !fact.derived && !asWritten(fact.text))
    .map((fact) => `${where(fact.slide)} ${fact.quantity.label}: "${fact.text}" is not in the source as written`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each "qualifier + number" of the source, such as "trên 262", once. */
export function qualifiedSourceFigures(source: string, lang: string): QualifiedFigure[] {
  const words = qualifierWords[lang] ?? [];
  if (words.length === 0) return [];
  const pattern = new RegExp(`(?<!\\p{L})(${words.join('|')})\\s+(\\d+(?:[.,]\\d+)*)(?!\\d)`, 'gu');
  const found = new Map<string, QualifiedFigure>();
  for (const match of squash(source).matchAll(pattern)) {
    const qualifier = match[1] ?? '';
    const figure = match[2] ?? '';
    found.set(`${qualifier} ${figure}`, { qualifier, figure });
  }
  return [...found.values()];
}

/** Wherever the deck's text shows a number that the source qualifies, it shows the qualifier too. */
export function droppedQualifiers(deckText: string, source: string, lang: string): string[] {
  const text = squash(deckText);
  return qualifiedSourceFigures(source, lang).flatMap((qualified) =>
    findUnqualified(text, qualified).unqualified.map(
      (place) => `"${qualified.figure}" without "${qualified.qualifier}", as the source has it: ${place}`,
    ),
  );
}

/**
 * Nothing invented: every number in the deck's text is in the source, or is a value the deck
 * marks as derived. The explanations of derived values (their arithmetic) are left out.
 */
export function numbersNotInSource(deckText: string, deck: Deck, source: string, locale: Locale): string[] {
  const facts = quantityFacts(deck, locale);
  const sourceNumbers = new Set(squash(source).match(numberPattern) ?? []);
  const derivedNumbers = new Set(facts.filter((fact) => fact.derived).map((fact) => fact.number));
  let text = squash(deckText);
  for (const explanation of facts.flatMap((fact) => (fact.quantity.derived ? [squash(fact.quantity.derived)] : []))) {
    text = text.replaceAll(explanation, ' ');
  }
  const invented = new Set((text.match(numberPattern) ?? []).filter((number) => !sourceNumbers.has(number) && !derivedNumbers.has(number)));
  return [...invented].map((number) => `"${number}" is in the deck but not in the source, and not marked as derived`);
}

function where(slide: { location: { file: string; line: number } }): string {
  return `${slide.location.file}:${slide.location.line}`;
}
