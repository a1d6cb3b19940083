import type Reveal from 'reveal.js';
import type { TalkPosition } from '../../talk/protocol.ts';

type RevealDeck = InstanceType<typeof Reveal>;

/** reveal.js's indices as a talk position: a slide without fragments is at fragment -1. */
export function revealPosition(deck: RevealDeck): TalkPosition {
  const { h, f } = deck.getIndices();
  return { h, f: f ?? -1 };
}

/** The reveal.js events after which the deck's position or its black screen may have changed. */
export const movedEvents = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'] as const;
