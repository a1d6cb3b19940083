import { loadDeck } from '../content/load-deck.ts';
import { allSlides, type Deck } from '../model/deck.ts';
import type { SlideHints } from '../talk/protocol.ts';

/**
 * The presenter hints of each slide of the built deck, read from the content: the build publishes
 * none (src/model/deck.ts publicDeck), so the console and the remote of `npm run present` get them
 * from here, over the talk's socket, once they show the token. A slide the content no longer has,
 * or content that does not load, gives no hints.
 */
export async function presenterHints(slidesDir: string, built: Deck): Promise<SlideHints> {
  const current = await loadDeck(slidesDir);
  if (!current.ok) return allSlides(built).map(() => []);
  const byId = new Map(allSlides(current.context.deck).map((slide) => [slide.id, slide.hints ?? []]));
  return allSlides(built).map((slide) => byId.get(slide.id) ?? []);
}
