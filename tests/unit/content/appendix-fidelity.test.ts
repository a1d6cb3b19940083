import { describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { sourceFacts } from '../../fixtures/source-facts.ts';

describe('the Nguồn số liệu appendix of slides/', () => {
  it('shows every fact of the article beside the sentence of the article that states it', async () => {
    const deck = await loadDeckOrThrow('slides', { appendix: true });
    const items = (deck.sections.at(-1)?.slides ?? []).flatMap((slide) =>
      slide.blocks.flatMap((block) =>
        block.type === 'list'
          ? block.items.map((item) => ({
              figures: item
                .filter((inline) => inline.strong)
                .map((inline) => inline.text)
                .join(''),
              sentence: item
                .filter((inline) => inline.em)
                .map((inline) => inline.text)
                .join(''),
            }))
          : [],
      ),
    );
    for (const fact of sourceFacts) {
      expect(
        items.some((item) => item.sentence.includes(fact)),
        `"${fact}" in a sentence of the appendix`,
      ).toBe(true);
    }
    // Every figure shown with its qualifier, as a cited figure, not only inside the sentence.
    for (const figure of ['trên 262 lượt người', 'khoảng trên 1,5 tỷ đồng', '27 xã, phường', '45 cá nhân', '48-CT/TW', '22/10/2010']) {
      expect(
        items.some((item) => item.figures.includes(figure) && item.sentence.includes(figure)),
        figure,
      ).toBe(true);
    }
  });
});
