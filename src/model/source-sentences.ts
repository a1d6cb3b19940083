import type { Deck } from './deck.ts';

/** NFC, and every run of white space as one space: how quotes and the source are compared, and how Deck.sourceSentences is keyed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The source's sentences that the quotes cite, once each, in order. */
export function sentencesOf(quotes: readonly string[] | undefined, sentences: Deck['sourceSentences']): string[] {
  const found = (quotes ?? [])
    .map((quote) => sentences?.[normalizeText(quote)])
    .filter((sentence): sentence is string => Boolean(sentence));
  return [...new Set(found)];
}
