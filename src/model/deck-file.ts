import type { Deck } from './deck.ts';

/**
 * The model a build used, written beside index.html: exporters read it instead of parsing slides/
 * again, so what they print is exactly what was built.
 */
export const deckFile = 'deck.json';

const format = 1;

export function serializeDeck(deck: Deck): string {
  return `${JSON.stringify({ format, deck }, null, 1)}\n`;
}

/** The Deck in a deck.json, or undefined when the file is not one this version wrote. */
export function parseDeckFile(text: string): Deck | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('format' in value) || value.format !== format || !('deck' in value))
      return undefined;
    const deck = value.deck as Deck;
    return Array.isArray(deck.sections) && typeof deck.meta?.lang === 'string' ? deck : undefined;
  } catch {
    return undefined;
  }
}
