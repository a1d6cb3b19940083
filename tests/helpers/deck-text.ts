import { createLocale } from '../../src/model/locale.ts';
import { type QuantityValue, quantityParts, quantityText } from '../../src/model/quantity.ts';

const formatQuantity = (quantity: QuantityValue): string => quantityText(quantityParts(quantity, createLocale('vi')));

import { plainText } from '../../src/content/parse-section.ts';
import type { Block, Deck } from '../../src/model/deck.ts';

/** Everything a reader of the deck can read on its slides, as plain text, one slide a line. */
export function deckText(deck: Deck): string[] {
  return deck.sections.flatMap((section) => section.slides.map((slide) => [slide.title, ...slide.blocks.map(blockText)].join(' \n ')));
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return plainText(block.inlines);
    case 'list':
      return block.items.map(plainText).join(' \n ');
    case 'figure':
      return `${formatQuantity(block.figure)} ${block.figure.label}`;
    case 'chart':
      return [block.chart.title, ...block.chart.items.map((item) => `${item.label} ${formatQuantity(item)}`)].join(' \n ');
  }
}
