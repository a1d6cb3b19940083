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

function describeOverflow(overflow: Overflow, title: string): string {
  const room = `cần khoảng ${Math.ceil(overflow.needed)} điểm ảnh, chỉ có ${Math.floor(overflow.available)}`;
  switch (overflow.part) {
    case 'title':
      return `tiêu đề "${title}" dài hơn một dòng (${room}): rút gọn tiêu đề`;
    case 'chart':
      return `biểu đồ trên trang "${title}" còn quá ít chỗ (${room}): bớt chữ bên cạnh, hoặc đưa biểu đồ sang một trang riêng`;
    case 'body':
      return `nội dung trang "${title}" không vừa trang, kể cả ở cỡ chữ nhỏ (${room}): bớt chữ, hoặc chia thành hai trang`;
  }
}
