import type { Deck } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';

const range = (start: number, end: number): string =>
  String.fromCodePoint(...Array.from({ length: end - start + 1 }, (_, index) => start + index));

/**
 * What can appear at run time beyond the deck's own words: the clock, slide counters and file
 * sizes (digits), any ASCII letter or sign, the no-break spaces and separators numbers are written
 * with, and the punctuation the interface sets around the content (‹ › × · — “ ” …).
 */
export const safetyCharacters = [
  range(0x20, 0x7e),
  // No-break space, Latin-1 punctuation and signs (« » · ° ±), × and ÷.
  range(0xa0, 0xbf),
  '\u00d7\u00f7',
  // General Punctuation: dashes, quotes, ellipsis, ‹ ›, bullets, thin and narrow no-break spaces.
  range(0x2000, 0x206f),
  // ₫, €, the minus sign.
  '\u20ab\u20ac\u2212',
].join('');

/**
 * Every character the built deck can show, in any of its outputs: each text of the Deck (slides,
 * notes, hints, sources, chart labels), each string of its Locale (the interface, the handouts, the
 * speaker console and the remote), and the safety set. The fonts are cut to these.
 */
export function shownCharacters(deck: Deck, locale: Locale): string {
  const characters = new Set<string>(safetyCharacters);
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      // The page may hold either form of an accented letter; the fonts need the glyphs of both.
      for (const form of [value, value.normalize('NFC'), value.normalize('NFD')]) for (const character of form) characters.add(character);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(deck);
  visit(locale);
  // The Locale writes "Trang 3" upper-cased in places (text-transform too): both cases of every letter.
  for (const character of [...characters]) {
    for (const cased of [locale.upper(character), character.toLocaleLowerCase(locale.lang)]) for (const part of cased) characters.add(part);
  }
  return [...characters].sort().join('');
}
