import type { Deck } from './deck.ts';

/** NFC, and every run of white space as one space: how quotes and the source are compared, and how Deck.sourceSentences is keyed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * How Deck.sourceSentences keys a quote: its normalised words, after "2016|" when it cites the kept
 * article of an earlier year rather than this year's.
 */
export function sentenceKey(quote: string, year?: number): string {
  return year === undefined ? normalizeText(quote) : `${year}|${normalizeText(quote)}`;
}

/** The source's sentences that the quotes cite, once each, in order; `year` for a figure cited from an earlier year's article. */
export function sentencesOf(quotes: readonly string[] | undefined, sentences: Deck['sourceSentences'], year?: number): string[] {
  const found = (quotes ?? [])
    .map((quote) => sentences?.[sentenceKey(quote, year)])
    .filter((sentence): sentence is string => Boolean(sentence));
  return [...new Set(found)];
}
