import type { Deck } from './deck.ts';

/**
 * The seconds planned for each slide of the deck, in order, or undefined when deck.yaml plans no
 * time. A section with its own time shares it equally among its slides; the time left of the
 * total is shared equally among the slides of the other sections, so a deck with only a total
 * gets a plan proportional to its slides.
 */
export function slidePlan(deck: Deck): number[] | undefined {
  if (deck.plannedSeconds === undefined) return undefined;
  const unplanned = deck.sections.filter((section) => section.plannedSeconds === undefined);
  const plannedBySections = deck.sections.reduce((sum, section) => sum + (section.plannedSeconds ?? 0), 0);
  const unplannedSlides = unplanned.reduce((sum, section) => sum + section.slides.length, 0);
  const perUnplannedSlide = unplannedSlides > 0 ? Math.max(0, deck.plannedSeconds - plannedBySections) / unplannedSlides : 0;
  return deck.sections.flatMap((section) => {
    const each = section.plannedSeconds === undefined ? perUnplannedSlide : section.plannedSeconds / Math.max(1, section.slides.length);
    return section.slides.map(() => each);
  });
}
