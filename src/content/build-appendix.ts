import type { Block, Deck, Inline, Quantity, Section, Slide } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { quantityParts, quantityText } from '../model/quantity.ts';
import { normalizeText } from '../model/source-sentences.ts';
import { findFacts } from './find-facts.ts';
import { slugify } from './slugify.ts';
import type { SourceText } from './source-text.ts';

/** About what fits on one appendix slide at its type size (src/theme/meeting-pack.css): lines of so many characters. */
const linesPerSlide = 18;
const charactersPerLine = 110;
/** A point that states no number is listed by its words, cut to this length: its sentence follows anyway. */
const pointLength = 90;

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
  const quantity = (item: Quantity): string => {
    const text = quantityText(quantityParts(item, locale));
    const mark = locale.strings.derivedMark.replace(/\)$/, '');
    return item.derived ? `${text} ${item.formula ? `${mark}: ${item.formula})` : locale.strings.derivedMark}` : text;
  };
  const pointFacts = (inlines: readonly Inline[]): string[] => {
    const text = inlines
      .map((inline) => inline.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const facts = findFacts(text, locale)
      .filter((fact) => !(fact.kind === 'number' && fact.text === deck.meta.date))
      .map((fact) =>
        fact.kind === 'number'
          ? `${fact.qualifier ? `${fact.qualifier} ` : ''}${fact.text}${/^(%|(?: \p{L}+){0,2})/u.exec(fact.after)?.[0] ?? ''}`
          : fact.kind === 'quotation'
            ? `“${fact.text}”`
            : fact.text,
      );
    return facts.length > 0 ? facts : [text.length > pointLength ? `${text.slice(0, pointLength - 1).trimEnd()}…` : text];
  };
  for (const section of deck.sections) {
    for (const slide of section.slides) {
      for (const block of slide.blocks) visit(block, slide);
    }
  }
  function visit(block: Block, slide: Slide): void {
    if (block.type === 'figure') add(block.figure.source, [quantity(block.figure)], slide);
    else if (block.type === 'chart') for (const item of block.chart.items) add(item.source, [quantity(item)], slide);
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
      { text: distinct(entry.facts).join('; '), strong: true },
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

/** The facts, without any that another stated figure already says ("14 thôn" beside "14 thôn, bản"); a derived value's formula does not count. */
function distinct(facts: readonly string[]): string[] {
  return facts.filter(
    (fact, index) =>
      facts.indexOf(fact) === index &&
      !facts.some((other) => other !== fact && !other.includes('÷') && !other.includes('(') && other.includes(fact)),
  );
}

function paginate(entries: readonly Entry[]): Entry[][] {
  const pages: Entry[][] = [];
  let page: Entry[] = [];
  let lines = 0;
  for (const entry of entries) {
    const size = Math.ceil((entry.sentence.length + distinct(entry.facts).join('; ').length + 20) / charactersPerLine);
    if (page.length > 0 && lines + size > linesPerSlide) {
      pages.push(page);
      page = [];
      lines = 0;
    }
    page.push(entry);
    lines += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
