import type { Block, Deck, Inline, Quantity, Section, Slide } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { quantityParts, quantityText } from '../model/quantity.ts';
import { normalizeText } from '../model/source-sentences.ts';
import { findFacts } from './find-facts.ts';
import { slugify } from './slugify.ts';
import type { SourceText } from './source-text.ts';

/** About what fits on one appendix slide at its type size: the sentences' and figures' characters. */
const charactersPerSlide = 900;
const entriesPerSlide = 6;

interface Entry {
  sentence: string;
  /** Where the sentence starts in the source: entries follow the article's order. */
  position: number;
  facts: string[];
  slides: Set<number>;
}

/**
 * The "Nguồn số liệu" appendix: every sentence of the source the deck cites, in the article's order,
 * with the figures, dates, references and quotations the slides take from it, and the slides they are on.
 */
export function buildAppendix(deck: Deck, source: SourceText, locale: Locale): Section {
  const entries = new Map<string, Entry>();
  const add = (quotes: readonly string[] | undefined, facts: readonly string[], slide: Slide): void => {
    for (const quote of quotes ?? []) {
      const sentence = deck.sourceSentences?.[normalizeText(quote)];
      if (!sentence) continue;
      const entry = entries.get(sentence) ?? { sentence, position: source.find(quote)?.start ?? 0, facts: [], slides: new Set() };
      // A fact is listed under the sentence that states it; a quote that holds none of them still shows the point.
      const stated = facts.filter((fact) => normalizeText(quote).includes(normalizeText(fact).replace(/^[^:]*: /, '')));
      for (const fact of stated.length > 0 ? stated : facts) if (!entry.facts.includes(fact)) entry.facts.push(fact);
      entry.slides.add(slide.number);
      entries.set(sentence, entry);
    }
  };
  const quantity = (item: Quantity, label?: string): string => {
    const text = quantityText(quantityParts(item, locale));
    const derived = item.derived ? ` ${locale.strings.derivedMark}${item.formula ? `: ${item.formula}` : ''}` : '';
    return `${label ? `${label}: ` : ''}${text}${derived}`;
  };
  const pointFacts = (inlines: readonly Inline[]): string[] => {
    const text = inlines
      .map((inline) => inline.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const facts = findFacts(text, locale).map((fact) =>
      fact.kind === 'number'
        ? `${fact.qualifier ? `${fact.qualifier} ` : ''}${fact.text}${/^(%|(?: \p{L}+){0,2})/u.exec(fact.after)?.[0] ?? ''}`
        : fact.kind === 'quotation'
          ? `“${fact.text}”`
          : fact.text,
    );
    return facts.length > 0 ? facts : [text];
  };
  for (const section of deck.sections) {
    for (const slide of section.slides) {
      for (const block of slide.blocks) visit(block, slide);
    }
  }
  function visit(block: Block, slide: Slide): void {
    if (block.type === 'figure') add(block.figure.source, [quantity(block.figure)], slide);
    else if (block.type === 'chart') for (const item of block.chart.items) add(item.source, [quantity(item, item.label)], slide);
    else if (block.type === 'paragraph') add(block.sources, pointFacts(block.inlines), slide);
    else
      block.items.forEach((item, index) => {
        add(block.sources?.[index], pointFacts(item), slide);
      });
  }

  const pages = paginate([...entries.values()].sort((a, b) => a.position - b.position));
  const { appendixTitle, appendixNotes, slideReference } = locale.meetingPack;
  let number = deck.sections.reduce((count, section) => count + section.slides.length, 0);
  const slides = pages.map((page, index): Slide => {
    number += 1;
    const title = pages.length > 1 ? `${appendixTitle} (${index + 1}/${pages.length})` : appendixTitle;
    const items = page.map((entry): Inline[] => [
      { text: entry.facts.join('; '), strong: true },
      { text: ` (${slideReference} ${[...entry.slides].sort((a, b) => a - b).join(', ')}): ` },
      { text: `“${entry.sentence}”`, em: true },
    ]);
    return {
      id: slugify(title),
      number,
      kind: 'content',
      title,
      blocks: [{ type: 'list', ordered: false, items }],
      notes: [appendixNotes],
      fragments: false,
      location: { file: deck.meta.source ?? '', line: 1 },
    };
  });
  return { id: slugify(appendixTitle), title: appendixTitle, file: deck.meta.source ?? '', slides, appendix: true };
}

function paginate(entries: readonly Entry[]): Entry[][] {
  const pages: Entry[][] = [];
  let page: Entry[] = [];
  let characters = 0;
  for (const entry of entries) {
    const size = entry.sentence.length + entry.facts.join('; ').length + 20;
    if (page.length > 0 && (characters + size > charactersPerSlide || page.length >= entriesPerSlide)) {
      pages.push(page);
      page = [];
      characters = 0;
    }
    page.push(entry);
    characters += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
