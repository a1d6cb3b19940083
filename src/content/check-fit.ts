import type { Message } from '../base/message.ts';
import { contentMessage } from '../model/content-messages.ts';
import { allSlides } from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { type Overflow, placeDeck } from '../model/placement.ts';
import type { Problem } from './problem.ts';

/**
 * Whether every slide's content fits its page as the model places it (src/model/placement.ts),
 * which every output follows: a slide that does not fit even in the dense body size is refused,
 * at its heading, with what to do.
 */
export function checkFit(context: DeckContext): Problem[] {
  const slides = allSlides(context.deck);
  return placeDeck(context).flatMap((placement, index) => {
    const slide = slides[index];
    if (!slide) return [];
    return placement.overflows.map((overflow) => ({
      file: slide.location.file,
      line: slide.location.line,
      field: fieldOf(overflow),
      message: describeOverflow(overflow, slide.title),
    }));
  });
}

function fieldOf(overflow: Overflow): string {
  return overflow.part === 'title' ? 'title' : overflow.part === 'chart' ? 'chart' : 'slide';
}

function describeOverflow(overflow: Overflow, title: string): Message {
  const room = { title, needed: Math.ceil(overflow.needed), available: Math.floor(overflow.available) };
  switch (overflow.part) {
    case 'title':
      return contentMessage('titleDoesNotFit', room);
    case 'chart':
      return contentMessage('chartDoesNotFit', room);
    case 'body':
      return contentMessage('bodyDoesNotFit', room);
  }
}
