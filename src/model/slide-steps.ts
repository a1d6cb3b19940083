import { allSlides, type Deck, type Slide } from './deck.ts';

/**
 * The fragment steps of a slide, as the deck shows them: on a slide whose section reveals its
 * points one at a time, each list point is a step (src/html/render-slides.ts marks each <li>).
 */
export function slideSteps(slide: Slide): number {
  if (!slide.fragments) return 0;
  return slide.blocks.reduce((steps, block) => steps + (block.type === 'list' ? block.items.length : 0), 0);
}

/** The steps of every slide of the deck, in order: what a talk's position is checked against. */
export function deckSteps(deck: Deck): number[] {
  return allSlides(deck).map(slideSteps);
}
