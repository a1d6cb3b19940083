import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { createLocale } from '../../src/model/locale.ts';
import { quantityFacts } from '../helpers/deck-facts.ts';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * What only this talk says, read from slides/ itself: its title, author and keywords, its slide
 * titles, its bold phrases, and its quantities as the deck writes them ("trên 262 lượt người").
 */
function talkPhrases(deck: Deck): string[] {
  const locale = createLocale(deck.meta.lang);
  const { meta } = deck;
  const strong = allSlides(deck).flatMap((slide) =>
    slide.blocks.flatMap((block) => {
      const inlines = block.type === 'list' ? block.items.flat() : block.type === 'paragraph' ? block.inlines : [];
      return inlines.filter((inline) => inline.strong).map((inline) => inline.text.trim());
    }),
  );
  // With and without its qualifier: "trên 262 lượt người" and "262 lượt người".
  const quantities = quantityFacts(deck, locale).flatMap((fact) => [
    fact.text,
    fact.qualifier ? fact.text.slice(fact.qualifier.length + 1) : fact.text,
  ]);
  const phrases = [meta.title, meta.shortTitle, meta.subtitle, meta.author, ...meta.keywords, ...allSlides(deck).map((s) => s.title)];
  // One word alone ("Kết quả") may well be a word of the interface; two or more are the talk's own.
  return [...new Set([...phrases, ...strong, ...quantities])].filter(
    (phrase): phrase is string => phrase !== undefined && phrase.split(/\s+/).length >= 2,
  );
}

/** Numbers no layout or style value would use: three digits or more, and not round (159, not 160). */
function distinctiveNumbers(deck: Deck): RegExp | undefined {
  const numbers = quantityFacts(deck, createLocale(deck.meta.lang))
    .filter(
      (fact) => !fact.derived && Number.isInteger(fact.quantity.value) && fact.quantity.value >= 100 && fact.quantity.value % 10 !== 0,
    )
    .map((fact) => String(fact.quantity.value));
  return numbers.length > 0 ? new RegExp(`\\b(${[...new Set(numbers)].join('|')})\\b`) : undefined;
}

describe('src/ knows no particular talk', () => {
  let deck: Deck;
  beforeAll(async () => {
    deck = (await loadDeckOrThrow('slides')).deck;
  });

  it('has something to look for in slides/', () => {
    expect(talkPhrases(deck).length).toBeGreaterThan(10);
  });

  it('holds none of the figures, names, titles or phrases of the deck in slides/', async () => {
    const phrases = talkPhrases(deck);
    const numbers = distinctiveNumbers(deck);
    const hits: string[] = [];
    for (const file of await sourceFiles('src')) {
      const lines = (await readFile(file, 'utf8')).normalize('NFC').split('\n');
      lines.forEach((line, index) => {
        const where = `${file}:${index + 1}`;
        if (numbers?.test(line)) hits.push(`${where}: ${line.trim()}`);
        for (const phrase of phrases) if (line.includes(phrase)) hits.push(`${where}: "${phrase}"`);
      });
    }
    expect(hits).toEqual([]);
  });
});
