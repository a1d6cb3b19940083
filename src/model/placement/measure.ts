import type { Inline, TextBlock } from '../deck.ts';
import type { Locale } from '../locale.ts';
import { keepRangesTogether, type QuantityVocabulary } from '../quantity.ts';
import { estimateLines, estimateTextWidth } from '../text-metrics.ts';
import { lineHeights, textSpacing } from '../typography.ts';

/** A source marker's button and its gap (src/theme/meeting-pack.css): room a reader's page needs after a cited text. */
const sourceMarkerWidth = 30;

const cited = (quotes: readonly unknown[] | undefined): boolean => (quotes?.length ?? 0) > 0;

/**
 * Text measured as it will be set: every kept range (a quantity, a code, a phrase, a block's last
 * two words) bound with no-break spaces, so that it is measured as the one unit it is.
 */
export class Measure {
  constructor(
    private readonly vocabulary: QuantityVocabulary,
    readonly locale: Pick<Locale, 'strings' | 'formatNumber'>,
  ) {}

  kept(text: string): string {
    return keepRangesTogether(text, this.vocabulary);
  }

  width(text: string, size: number, weight: 'regular' | 'bold' = 'regular'): number {
    return estimateTextWidth(text, size, weight);
  }

  /** Lines of `text`; a cited text has its source marker after its last word, where a reader's page shows it. */
  lines(text: string, size: number, width: number, weight: 'regular' | 'bold' = 'regular', cited = false): number {
    return estimateLines(this.kept(text), size, width, weight, cited ? sourceMarkerWidth : 0);
  }

  /** The height of paragraphs and lists set at `size` in a box `width` wide: the spacing after the last one is not counted. */
  blocks(blocks: readonly TextBlock[], size: number, width: number): number {
    const lineHeight = size * lineHeights.body;
    const heights = blocks.map((block) => {
      if (block.type === 'paragraph')
        return this.lines(inlineText(block.inlines), size, width, 'regular', cited(block.sources)) * lineHeight;
      const itemWidth = width - size * textSpacing.listIndent;
      const items = block.items.map(
        (item, index) => this.lines(inlineText(item), size, itemWidth, 'regular', cited(block.sources?.[index])) * lineHeight,
      );
      return items.reduce((sum, height) => sum + height, 0) + (items.length - 1) * size * textSpacing.listItem;
    });
    return heights.reduce((sum, height) => sum + height, 0) + (heights.length - 1) * size * textSpacing.paragraph;
  }
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => inline.text).join('');
}
