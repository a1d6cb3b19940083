import { describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import { deckSteps } from '../../../src/model/slide-steps.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

describe('deckSteps', () => {
  it('counts each slide’s fragment steps as the rendered deck has them', async () => {
    const context = await loadDeckOrThrow(fixtureDecks.basic);
    const { deck } = context;
    const html = renderSlides(context);
    const rendered = html
      .split(/<section\b/)
      .slice(1)
      .map((section) => (section.match(/class="fragment"/g) ?? []).length);
    const steps = deckSteps(deck);
    expect(steps).toEqual(rendered);
    expect(steps.some((count) => count > 1)).toBe(true);
  });
});
