import type { Block, Deck, Inline, Quantity, Section, Slide } from '../model/deck.ts';
import { createDeckContext } from '../model/deck-context.ts';
import type { Locale } from '../model/locale.ts';
import { placeSlide } from '../model/placement.ts';
import { quantityParts, quantityText } from '../model/quantity.ts';
import { normalizeText, sentenceKey } from '../model/source-sentences.ts';
import { fillIn } from '../model/speaker-strings.ts';
import type { CitedSource } from './check-citations.ts';
import { findFacts } from './find-facts.ts';
import { slugify } from './slugify.ts';
import type { SourceText } from './source-text.ts';

/** A point that states no number is listed by its words, cut to this length: its sentence follows anyway. */
const pointLength = 90;

/** The articles a deck cites: this year's, and the kept articles of earlier years its figures name. */
export interface AppendixSources {
  current: SourceText;
  earlier: ReadonlyMap<number, CitedSource>;
}

interface Entry {
  sentence: string;
  /** The year of the kept article it is from; this year's article when absent. */
  year?: number;
  /** Where the sentence starts in its article: entries follow this year's article, then each earlier one, in order. */
  position: number;
  facts: string[];
  slides: Set<number>;
}

/**
 * The "Nguồn số liệu" appendix: every sentence of the source the deck cites, in the article's order,
 * with the figures, dates, references and quotations the slides take from it, and the slides they are on.
 */
export function buildAppendix(deck: Deck, sources: AppendixSources, locale: Locale): Section {
  const entries = new Map<string, Entry>();
  const add = (quotes: readonly string[] | undefined, facts: readonly string[], slide: Slide, year?: number): void => {
    for (const quote of quotes ?? []) {
      const sentence = deck.sourceSentences?.[sentenceKey(quote, year)];
      if (!sentence) continue;
      const article = year === undefined ? sources.current : sources.earlier.get(year)?.text;
      const key = sentenceKey(sentence, year);
      const entry = entries.get(key) ?? {
        sentence,
        ...(year === undefined ? {} : { year }),
        position: article?.find(quote)?.start ?? 0,
        facts: [],
        slides: new Set(),
      };
      // A fact is listed under the sentence that states it; a quote that holds none of them still shows the point.
      const stated = facts.filter((fact) => normalizeText(quote).includes(normalizeText(fact).replace(/^[^:]*: /, '')));
      for (const fact of stated.length > 0 ? stated : facts) if (!entry.facts.includes(fact)) entry.facts.push(fact);
      entry.slides.add(slide.number);
      entries.set(key, entry);
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
    if (block.type === 'figure') add(block.figure.source, [quantity(block.figure)], slide, block.figure.year);
    else if (block.type === 'chart') for (const item of block.chart.items) add(item.source, [quantity(item)], slide, item.year);
    else if (block.type === 'paragraph') add(block.sources, pointFacts(block.inlines), slide);
    else if (block.type === 'statement') add(block.statement.source, pointFacts([{ text: block.statement.text }]), slide);
    else if (block.type === 'list')
      block.items.forEach((item, index) => {
        add(block.sources?.[index], pointFacts(item), slide);
      });
  }

  const { appendixTitle, appendixNotes, slideReference, earlierArticle } = locale.meetingPack;
  const context = createDeckContext(deck, locale);
  const first = deck.sections.reduce((count, section) => count + section.slides.length, 0) + 1;
  const slideOf = (page: readonly Entry[], index: number, pages: number): Slide => {
    const title = pages > 1 ? `${appendixTitle} (${index + 1}/${pages})` : appendixTitle;
    const items = page.map((entry): Inline[] => [
      { text: distinct(entry.facts).join('; '), strong: true },
      { text: ` (${slideReference} ${[...entry.slides].sort((a, b) => a - b).join(', ')}): ` },
      { text: `“${entry.sentence}”`, em: true },
      ...(entry.year === undefined ? [] : [{ text: ` (${fillIn(earlierArticle, entry.year)})` }]),
    ]);
    return {
      id: slugify(title),
      number: first + index,
      kind: 'content',
      title,
      blocks: [{ type: 'list', ordered: false, items }],
      notes: [appendixNotes],
      fragments: false,
      reference: true,
      location: { file: deck.meta.source ?? '', line: 1 },
    };
  };
  // As many entries on a page as the placement fits (a title "(10/10)" is the widest a page gets).
  const fits = (page: readonly Entry[]): boolean => placeSlide(slideOf(page, 9, 10), appendixTitle, context).overflows.length === 0;
  const pages = paginate(
    [...entries.values()].sort(
      (a, b) => (b.year ?? Number.POSITIVE_INFINITY) - (a.year ?? Number.POSITIVE_INFINITY) || a.position - b.position,
    ),
    fits,
  );
  const slides = pages.map((page, index) => slideOf(page, index, pages.length));
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

/** The entries in pages, each as full as `fits` allows; an entry too long for a page of its own gets one anyway. */
function paginate(entries: readonly Entry[], fits: (page: readonly Entry[]) => boolean): Entry[][] {
  const pages: Entry[][] = [];
  let page: Entry[] = [];
  for (const entry of entries) {
    if (page.length > 0 && !fits([...page, entry])) {
      pages.push(page);
      page = [];
    }
    page.push(entry);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
