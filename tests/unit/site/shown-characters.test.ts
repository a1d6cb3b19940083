import { describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { safetyCharacters, shownCharacters } from '../../../src/site/shown-characters.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

describe('the characters a deck shows, which its fonts are cut to', () => {
  it('holds every character of the slides, the notes and hints, the interface and the safety set, in both cases', async () => {
    const { deck, locale } = await loadDeckOrThrow(fixtureDecks.design);
    const shown = new Set(shownCharacters(deck, locale));
    const slides = allSlides(deck);
    expect(slides.length).toBeGreaterThan(0);
    const texts = [
      deck.meta.title,
      ...slides.flatMap((slide) => [slide.title, ...slide.notes, ...(slide.hints ?? [])]),
      locale.meetingPack.pageOf,
      ...Object.values(locale.speaker).filter((value): value is string => typeof value === 'string'),
      safetyCharacters,
    ];
    const missing = [...new Set(texts.join(''))].filter((character) => !shown.has(character));
    expect(missing).toEqual([]);
    for (const character of [...deck.meta.title]) expect(shown.has(locale.upper(character)), character).toBe(true);
  });

  it('is the same text for the same deck, and grows with a letter the deck adds', async () => {
    const { deck, locale } = await loadDeckOrThrow(fixtureDecks.basic);
    const before = shownCharacters(deck, locale);
    expect(shownCharacters(deck, locale)).toBe(before);
    expect(before).not.toContain('ỹ');
    const edited = { ...deck, meta: { ...deck.meta, title: `${deck.meta.title} mỹ` } };
    expect(shownCharacters(edited, locale)).toContain('ỹ');
    expect(shownCharacters(edited, locale)).toContain('Ỹ');
  });
});
