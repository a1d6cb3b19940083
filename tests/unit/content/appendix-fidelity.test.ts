import { describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import type { Deck } from '../../../src/model/deck.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { quantityFacts, squash } from '../../helpers/deck-facts.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

interface AppendixItem {
  /** The figures taken from the sentence, shown in bold. */
  figures: string;
  /** The source's sentence, in italics. */
  sentence: string;
}

function appendixItems(deck: Deck): AppendixItem[] {
  const appendix = deck.sections.find((section) => section.appendix);
  return (appendix?.slides ?? []).flatMap((slide) =>
    slide.blocks.flatMap((block) =>
      block.type === 'list'
        ? block.items.map((item) => ({
            figures: squash(
              item
                .filter((inline) => inline.strong)
                .map((inline) => inline.text)
                .join(''),
            ),
            sentence: squash(
              item
                .filter((inline) => inline.em)
                .map((inline) => inline.text)
                .join(''),
            ),
          }))
        : [],
    ),
  );
}

/** Every figure of the deck, derived ones aside, shown as a figure beside a sentence of the source that states it. */
async function checkAppendix(slidesDir: string): Promise<void> {
  const { deck } = await loadDeckOrThrow(slidesDir, { appendix: true });
  const items = appendixItems(deck);
  expect(items.length).toBeGreaterThan(0);
  const facts = quantityFacts(deck, createLocale(deck.meta.lang)).filter((fact) => !fact.derived);
  expect(facts.length).toBeGreaterThan(0);
  for (const fact of facts) {
    const text = squash(fact.text);
    expect(
      items.some((item) => item.figures.includes(text) && item.sentence.includes(text)),
      `"${text}" as a figure of the appendix, beside its sentence`,
    ).toBe(true);
  }
}

describe('the Nguồn số liệu appendix', () => {
  it('shows every figure of a deck with its qualifier, beside the sentence of the source that states it', async () => {
    await checkAppendix(fixtureDecks.basic);
  });

  it('does so for slides/ too', async () => {
    await checkAppendix('slides');
  });
});
