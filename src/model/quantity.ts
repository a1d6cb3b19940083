import { allSlides, type ChartSpec, type Deck, type Quantity } from './deck.ts';
import type { Locale } from './locale.ts';

export type QuantityValue = Pick<Quantity, 'value' | 'qualifier' | 'unit' | 'derived'>;

/**
 * A quantity split into what every output prints, decided here once: "khoảng" "2,5" "tỷ đồng".
 * A unit starting with "%" is attached to the number ("90%"); any other follows after a space.
 */
export interface QuantityParts {
  qualifier?: string;
  /** The number as the locale writes it. */
  number: string;
  /** Whether the unit sticks to the number with no space, as "%" does. */
  unitAttached: boolean;
  unit?: string;
  derived: boolean;
}

export function quantityParts(quantity: QuantityValue, locale: Pick<Locale, 'formatNumber'>): QuantityParts {
  const unit = quantity.unit;
  return {
    ...(quantity.qualifier ? { qualifier: quantity.qualifier } : {}),
    number: locale.formatNumber(quantity.value),
    unitAttached: unit?.startsWith('%') ?? false,
    ...(unit ? { unit } : {}),
    derived: Boolean(quantity.derived),
  };
}

export interface QuantityTextOptions {
  /** Joins the words of the quantity; a no-break space keeps it on one line. */
  space?: string;
  /** Replaces the number, such as a spreadsheet number format's `#,##0`. */
  number?: string;
}

/** "khoảng 2,5 tỷ đồng", "90%": qualifier, number and unit in their one order. */
export function quantityText(parts: QuantityParts, options: QuantityTextOptions = {}): string {
  const space = options.space ?? ' ';
  const number = options.number ?? parts.number;
  const withUnit = !parts.unit ? number : parts.unitAttached ? `${number}${parts.unit}` : `${number}${space}${parts.unit}`;
  return parts.qualifier ? `${parts.qualifier}${space}${withUnit}` : withUnit;
}

/** The quantity's words before and after its number: `["khoảng ", " tỷ đồng"]`. */
export function quantityAround(parts: QuantityParts): { before: string; after: string } {
  const marker = '\u0000';
  const [before = '', after = ''] = quantityText(parts, { number: marker }).split(marker);
  return { before, after };
}

/** U+00A0: a space at which no line may break. */
export const noBreakSpace = '\u00a0';

/** The quantity as one unbreakable string, its unit's own spaces included: "trên 80 lượt người". */
export function noBreakQuantityText(parts: QuantityParts): string {
  return keepTogether(quantityText(parts));
}

/**
 * Running text with a no-break space inside every kept range (quantities, codes, phrases): for
 * places that show plain text, such as the speaker's script and the handout's notes.
 */
export function withKeptRanges(text: string, vocabulary: QuantityVocabulary): string {
  let result = '';
  let position = 0;
  for (const range of findKeptRanges(text, vocabulary)) {
    result += text.slice(position, range.start) + keepTogether(text.slice(range.start, range.end));
    position = range.end;
  }
  return result + text.slice(position);
}

/** The same text, with every space a no-break space. */
export function keepTogether(text: string): string {
  return text.replace(/ /g, noBreakSpace);
}

/** What a quantity written in running text may look like: the deck's qualifiers and units; and phrases never to split. */
export interface QuantityVocabulary {
  qualifiers: readonly string[];
  units: readonly string[];
  /** Words that read as one and must not break across lines, such as "phòng, chống" (deck.yaml keepTogether). */
  phrases?: readonly string[];
}

/** Where a run of text must not break: a quantity ("trên 80 lượt người") or a code such as "12-KH/HM" or "5/1/2020". */
export interface KeptRange {
  start: number;
  end: number;
  /** `ending`: a block's last word, when it is short, bound to the word before it, so that it never stands alone on a line. */
  kind: 'quantity' | 'code' | 'phrase' | 'ending';
}

/** A last word this short or shorter is bound to the word before it. */
const shortWord = 7;

/** Every quantity the deck shows as data (figures, chart items and wholes). */
export function deckQuantities(deck: Deck): Quantity[] {
  return allSlides(deck).flatMap((slide) =>
    slide.blocks.flatMap((block) => {
      if (block.type === 'figure') return [block.figure];
      if (block.type === 'chart') return [...block.chart.items, ...(block.chart.whole ? [block.chart.whole] : [])];
      return [];
    }),
  );
}

/** The qualifiers of the locale and the deck, and the units of the deck's figures and charts. */
export function quantityVocabulary(deck: Deck, locale: Pick<Locale, 'qualifiers'>): QuantityVocabulary {
  const quantities = deckQuantities(deck);
  return {
    qualifiers: [...locale.qualifiers, ...quantities.flatMap((quantity) => (quantity.qualifier ? [quantity.qualifier] : []))],
    units: quantities.flatMap((quantity) => (quantity.unit ? [quantity.unit] : [])),
    phrases: deck.meta.keepTogether ?? [],
  };
}

const number = String.raw`\d+(?:[.,]\d+)*`;
const code = String.raw`[\p{L}\d]*\d[\p{L}\d]*(?:[/-][\p{L}\d]+)+`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every quantity and code in `text` that a line must not split: a number with the qualifier before
 * it and the unit after it, when the vocabulary knows them, and numbers joined by "/" or "-".
 * A bare number (a year) is left alone: it cannot break.
 */
export function findKeptRanges(text: string, vocabulary: QuantityVocabulary, options: { ending?: boolean } = {}): KeptRange[] {
  const byLength = (words: readonly string[]): string[] =>
    [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const qualifiers = byLength(vocabulary.qualifiers);
  const units = byLength(vocabulary.units);
  // One or more qualifier words before the number: "khoảng" and "trên" make "khoảng trên".
  const qualifier = qualifiers.length > 0 ? `(?:(?<![\\p{L}\\d])(?:(?:${qualifiers.join('|')})\\s+)+)?` : '';
  const unit = units.length > 0 ? `(?:\\s*(?:${units.join('|')})(?![\\p{L}\\d]))?` : '';
  const pattern = new RegExp(`(${code})|${qualifier}(?<![\\p{L}\\d.,])${number}${unit}`, 'gu');
  const ranges: KeptRange[] = [];
  for (const match of text.matchAll(pattern)) {
    const found = match[0];
    const start = match.index ?? 0;
    if (match[1]) ranges.push({ start, end: start + found.length, kind: 'code' });
    else if (/\s|%/.test(found)) ranges.push({ start, end: start + found.length, kind: 'quantity' });
  }
  const phrases = byLength(vocabulary.phrases ?? []);
  if (phrases.length > 0) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\d])(?:${phrases.join('|')})(?![\\p{L}\\d])`, 'gu'))) {
      const start = match.index ?? 0;
      ranges.push({ start, end: start + match[0].length, kind: 'phrase' });
    }
  }
  const ending = /(\S+)[ \t]+(\S+)\s*$/u.exec(text);
  if (options.ending !== false && ending?.[2] && [...ending[2]].length <= shortWord)
    ranges.push({ start: ending.index, end: ending.index + ending[0].trimEnd().length, kind: 'ending' });
  return mergeOverlaps(ranges);
}

/** Which kind a merged range takes: a quantity inside a phrase is still a quantity. */
const keptRank: Record<KeptRange['kind'], number> = { quantity: 3, code: 2, phrase: 1, ending: 0 };

/** Ranges that overlap or touch become one: a quantity inside a phrase keeps the phrase's span. */
function mergeOverlaps(ranges: KeptRange[]): KeptRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: KeptRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      if (keptRank[range.kind] > keptRank[last.kind]) last.kind = range.kind;
    } else merged.push({ ...range });
  }
  return merged;
}

/** The text with the spaces inside every kept range made no-break spaces. */
export function keepRangesTogether(text: string, vocabulary: QuantityVocabulary): string {
  const ranges = findKeptRanges(text, vocabulary);
  return text.replace(/ /g, (space, index: number) =>
    ranges.some((range) => range.start <= index && index < range.end) ? noBreakSpace : space,
  );
}

/** The explanation of a derived value, in its parts: "Kế hoạch", "(suy ra)", "tính từ …". */
export interface DerivedNote {
  label: string;
  mark: string;
  text: string;
}

/** One note per derived value of `items`, in order: what a chart prints under its plot. */
export function derivedNotes(items: readonly Quantity[], locale: Pick<Locale, 'strings'>): DerivedNote[] {
  return items.flatMap((item) => (item.derived ? [{ label: item.label, mark: locale.strings.derivedMark, text: item.derived }] : []));
}

/** A derived note as one line of text: "Kế hoạch (suy ra): tính từ …". */
export function derivedNoteText(note: DerivedNote): string {
  return `${note.label} ${note.mark}: ${note.text}`;
}

/**
 * The quantities a chart draws: its items and, for a part-to-whole chart whose parts leave some of
 * the whole, that remainder, derived by subtraction (and marked so).
 */
export function chartQuantities(spec: ChartSpec, locale: Pick<Locale, 'strings' | 'formatNumber'>): Quantity[] {
  const { whole } = spec;
  const sum = spec.items.reduce((total, item) => total + item.value, 0);
  if (spec.type !== 'doughnut' || !whole || whole.value <= sum) return [...spec.items];
  const remainder: Quantity = {
    label: locale.strings.remainder,
    value: whole.value - sum,
    ...(whole.unit ? { unit: whole.unit } : {}),
    // An en dash as the minus: every font the deck may meet has it (LibreOffice's Noto Sans lacks U+2212).
    derived: `${quantityText(quantityParts(whole, locale))} – ${spec.items.map((item) => locale.formatNumber(item.value)).join(' – ')}`,
  };
  return [...spec.items, remainder];
}
