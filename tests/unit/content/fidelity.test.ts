import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import type { Deck, Quantity } from '../../../src/model/deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { qualifiedFigures, sourceFacts } from '../../fixtures/source-facts.ts';
import { deckText } from '../../helpers/deck-text.ts';
import { findUnqualified } from '../../helpers/find-unqualified.ts';

let deck: Deck;
let slideText: string;
let notesText: string;
let article: string;

beforeAll(async () => {
  deck = await loadDeckOrThrow('slides');
  slideText = deckText(deck).join('\n');
  notesText = allSlides(deck)
    .flatMap((slide) => slide.notes)
    .join('\n');
  article = (await readFile(`slides/${deck.meta.source}`, 'utf8')).normalize('NFC');
});

describe('fidelity to the source article', () => {
  it.each(sourceFacts)('the article says "%s"', (fact) => {
    // The fact list itself must come from the article, not from memory.
    expect(article.replace(/\s+/g, ' ')).toContain(fact === '131% kế hoạch' ? '131% kế hoạch' : fact);
  });

  it.each(sourceFacts)('the slides show "%s"', (fact) => {
    expect(slideText).toContain(fact);
  });

  it.each(qualifiedFigures)('$figure always keeps its qualifier "$qualifier"', ({ qualifier, figure }) => {
    for (const text of [slideText, notesText]) {
      const report = findUnqualified(text, { qualifier, figure });
      expect(report.occurrences).toBeGreaterThan(0);
      expect(report.unqualified).toEqual([]);
    }
  });

  it('marks every value that is not in the article as derived, and its arithmetic holds', () => {
    const quantities: Quantity[] = allSlides(deck).flatMap((slide) =>
      slide.blocks.flatMap((block) => (block.type === 'chart' ? block.chart.items : block.type === 'figure' ? [{ ...block.figure }] : [])),
    );
    const articleNumbers = new Set([...article.matchAll(/\d+(?:,\d+)?/g)].map((match) => Number(match[0].replace(',', '.'))));
    for (const quantity of quantities) {
      if (!articleNumbers.has(quantity.value)) expect(quantity.derived, `${quantity.value} is not in the article`).toBeTruthy();
    }
    const plan = quantities.find((quantity) => quantity.derived);
    expect(plan?.value).toBeCloseTo(262 / 1.31, 0);
  });

  it('speaks to every slide in the notes', () => {
    for (const slide of allSlides(deck)) expect(slide.notes.join(' ').length, slide.id).toBeGreaterThan(40);
  });

  it('is written in NFC', async () => {
    for (const file of ['deck.yaml', ...deck.sections.map((section) => section.file.replace(/^slides\//, ''))]) {
      const text = await readFile(`slides/${file}`, 'utf8');
      expect(text, file).toBe(text.normalize('NFC'));
    }
  });
});
