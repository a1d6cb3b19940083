import type { Deck, Topic } from './deck.ts';
import { createLocale, type Locale } from './locale.ts';
import { type QuantityVocabulary, quantityVocabulary } from './quantity.ts';

/**
 * A deck with what every renderer and exporter needs to read it, built once where the deck is
 * loaded (from slides/ or from a build's deck.json) and handed down: no output builds its own.
 */
export interface DeckContext {
  deck: Deck;
  /** The deck's language: number format, interface words, the notes marker, case rules. */
  locale: Locale;
  /** What a quantity written in running text looks like in this deck, and the phrases never to split. */
  vocabulary: QuantityVocabulary;
  /** deck.yaml's topics, in the order that gives them their colours. */
  topics: readonly Topic[];
}

/** The Locale of a language, such as deck.yaml's `lang`: the one place a Locale is made. */
export function localeFor(lang: string): Locale {
  return createLocale(lang);
}

/** The deck with its context; `locale` when the loader already made the deck's Locale. */
export function createDeckContext(deck: Deck, locale: Locale = localeFor(deck.meta.lang)): DeckContext {
  return { deck, locale, vocabulary: quantityVocabulary(deck, locale), topics: deck.meta.topics ?? [] };
}
