import type { Message } from '../base/message.ts';
import { type CitePlace, contentMessage } from '../model/content-messages.ts';
import type { Quantity } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { sentenceKey } from '../model/source-sentences.ts';
import type { CitationSite, Quote } from './citation-sites.ts';
import { evaluateFormula, roundingTolerance } from './evaluate-formula.ts';
import { type Fact, findFacts, type NumberStyle, wordAfter } from './find-facts.ts';
import type { Problem } from './problem.ts';
import { normalizeText, type SourceText } from './source-text.ts';

/** An article the content may cite, and its file name for messages: "slides/nguon.txt". */
export interface CitedSource {
  name: string;
  text: SourceText;
}

export interface CheckCitationsOptions {
  style: NumberStyle & Pick<Locale, 'formatNumber'>;
  /** The deck's own period (deck.yaml `date`, such as "2016"): a number equal to it needs no citation. */
  period?: string;
  /** The deck's year (the period's year): a figure that names it in `year:` cites this year's article. */
  year?: number;
  /** The kept articles of earlier years (slides/2016/…), by year, for figures that name their `year`. */
  earlier?: ReadonlyMap<number, CitedSource>;
  /** Every year kept in the content folder, to name in a message. */
  keptYears?: readonly number[];
}

export interface CitationCheck {
  problems: Problem[];
  /** Each quote found, keyed by sentenceKey (its year first when it cites an earlier article), mapped to the sentence that holds it. */
  sentences: Record<string, string>;
}

/**
 * Checks every citation against the source, and that every fact the content states is cited:
 * - each quote occurs in the source (after NFC and white-space normalisation);
 * - a figure's number occurs in its quotes as written, with its qualifier before it and its unit after it;
 * - every number, date, reference and quotation in a text is in one of the quotes that text cites;
 * - a derived value cites the figures its formula uses, and the formula gives the value;
 * - a figure that names an earlier `year` is checked, the same way, against that year's kept article,
 *   and its label names that year.
 * Pure: works on any source and any content.
 */
export function checkCitations(sites: readonly CitationSite[], source: CitedSource, options: CheckCitationsOptions): CitationCheck {
  const problems: Problem[] = [];
  const sentences: Record<string, string> = {};
  const checked = new Map<string, boolean>();
  const years = options.keptYears ?? [...(options.earlier?.keys() ?? [])].sort((a, b) => a - b);
  /** The article a quote cites, or undefined when its year has no kept article (reported at the figure). */
  const articleOf = (year: number | undefined): CitedSource | undefined => (year === undefined ? source : options.earlier?.get(year));
  const found = (quote: Quote): boolean => {
    const key = `${quote.year ?? ''}:${quote.file}:${quote.line}:${quote.text}`;
    const known = checked.get(key);
    if (known !== undefined) return known;
    const article = articleOf(quote.year);
    if (!article) return false;
    const sentence = article.text.sentenceOf(quote.text);
    checked.set(key, sentence !== undefined);
    if (sentence === undefined) {
      problems.push({
        file: quote.file,
        line: quote.line,
        field: quote.field,
        message: contentMessage('quoteNotInSource', {
          quote: shorten(quote.text),
          source: article.name,
          miss: article.text.explainMiss(quote.text),
        }),
      });
      return false;
    }
    sentences[sentenceKey(quote.text, quote.year)] = sentence;
    return true;
  };

  for (const site of sites) {
    const report = (message: Message): void => {
      problems.push({ file: site.file, line: site.line, field: site.field, message });
    };
    if (site.kind === 'quantity' && site.quantity.year !== undefined) {
      const { year } = site.quantity;
      if (year === options.year) {
        report(contentMessage('sourceYearIsCurrent', { year }));
        continue;
      }
      if (!options.earlier?.has(year)) {
        report(contentMessage('sourceYearUnknown', { year, years }));
        continue;
      }
      if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(site.quantity.label)) report(contentMessage('sourceYearLabel', { year }));
    }
    if (site.year !== undefined && !options.earlier?.has(site.year)) continue;
    const quotes = site.quotes.filter(found);
    // A quote that is not in the source is reported once, above; checking the facts against it would only repeat that.
    const unreadable = site.quotes.length > 0 && quotes.length < site.quotes.length;
    if (site.kind === 'quantity') {
      if (!unreadable) for (const message of quantityProblems(site.quantity, quotes, options)) report(message);
      continue;
    }
    // The deck's period needs no citation, nor the year of the article an item cites.
    const free = new Set([options.period, site.year === undefined ? undefined : String(site.year)]);
    const facts = findFacts(site.text, options.style).filter((fact) => !(fact.kind === 'number' && free.has(fact.text)));
    if (facts.length === 0 || unreadable) continue;
    if (site.quotes.length === 0) {
      report(contentMessage('needsCitation', { facts: facts.map(factPhrase), place: citePlace(site.field) }));
      continue;
    }
    for (const fact of facts) {
      const problem = coverage(
        fact,
        quotes.map((quote) => normalizeText(quote.text)),
        options.style,
      );
      if (problem) report(problem);
    }
  }
  return { problems, sentences };
}

/** What is wrong with a figure's citation, as messages; none when it is cited as the source writes it. */
function quantityProblems(quantity: Quantity, quotes: readonly Quote[], options: CheckCitationsOptions): Message[] {
  const texts = quotes.map((quote) => normalizeText(quote.text));
  const { style } = options;
  if (quantity.derived !== undefined || quantity.formula !== undefined) return derivedProblems(quantity, texts, style);
  if (texts.length === 0) return [contentMessage('figureNoCitation', {})];
  const qualifier = quantity.qualifier ?? '';
  const candidates = texts.flatMap((text) => numbersIn(text, quantity.value, style));
  const written = style.formatNumber(quantity.value);
  if (candidates.length === 0) return [contentMessage('figureNotInQuote', { number: written, quotes: texts.map(shorten) })];
  const unit = quantity.unit;
  const unitFollows = (fact: NumberFact): boolean =>
    !unit || (unit.startsWith('%') ? fact.after.startsWith(unit) : fact.after.startsWith(` ${unit}`));
  if (candidates.some((fact) => sameQualifier(fact.qualifier, qualifier) && unitFollows(fact))) return [];
  const said = candidates.find((fact) => sameQualifier(fact.qualifier, qualifier));
  if (!said) return [qualifierMessage(candidates[0] as NumberFact, qualifier, written)];
  const shown = `${written}${unit?.startsWith('%') ? '' : ' '}${unit}`;
  return [contentMessage('unitDiffersFromSource', { said: `${said.text}${wordsAfter(said.after)}`, shown })];
}

/** A derived value: its formula uses only cited figures, and gives the value. */
function derivedProblems(quantity: Quantity, texts: readonly string[], style: CheckCitationsOptions['style']): Message[] {
  if (quantity.derived === undefined) return [contentMessage('formulaWithoutDerived', {})];
  if (quantity.formula === undefined) return [contentMessage('derivedNeedsFormula', {})];
  if (texts.length === 0) return [contentMessage('derivedNeedsSource', {})];
  const result = evaluateFormula(quantity.formula, style);
  if (!result.ok) return [contentMessage('formulaUnreadable', { formula: quantity.formula, problem: result.problem })];
  const problems = result.numbers
    .filter(
      (number) => !texts.some((text) => numbersIn(text, number.value, style).some((fact) => !number.percent || fact.after.startsWith('%'))),
    )
    .map((number) => contentMessage('formulaNumberNotCited', { number: number.text }));
  if (Math.abs(result.value - quantity.value) > roundingTolerance(quantity.value)) {
    problems.push(
      contentMessage('derivedMismatch', {
        value: style.formatNumber(quantity.value),
        formula: quantity.formula,
        computed: style.formatNumber(Math.round(result.value * 1000) / 1000),
      }),
    );
  }
  return problems;
}

type NumberFact = Extract<Fact, { kind: 'number' }>;

function numbersIn(text: string, value: number, style: NumberStyle): NumberFact[] {
  return findFacts(text, style).filter((fact): fact is NumberFact => fact.kind === 'number' && fact.value === value);
}

/** Whether a fact of a text is in one of the quotes it cites, as written; a problem message if not. */
function coverage(fact: Fact, quotes: readonly string[], style: NumberStyle): Message | undefined {
  if (fact.kind !== 'number') {
    const needle = normalizeText(fact.text);
    return quotes.some((quote) => quote.includes(needle))
      ? undefined
      : contentMessage('factNotInQuote', { kind: fact.kind, text: shortenInner(needle) });
  }
  const candidates = quotes.flatMap((quote) => numbersIn(quote, fact.value, style));
  if (candidates.length === 0) return contentMessage('numberNotInQuote', { number: fact.text });
  const next = wordAfter(fact.after);
  const sameWords = (found: NumberFact): boolean => !next || wordAfter(found.after) === next;
  if (candidates.some((found) => sameQualifier(found.qualifier, fact.qualifier) && sameWords(found))) return undefined;
  const withQualifier = candidates.filter((found) => sameQualifier(found.qualifier, fact.qualifier));
  if (withQualifier.length === 0) return qualifierMessage(candidates[0] as NumberFact, fact.qualifier, fact.text);
  const said = withQualifier[0] as NumberFact;
  return contentMessage('wordsDiffer', { said: `${said.text}${wordsAfter(said.after)}`, written: `${fact.text}${wordsAfter(fact.after)}` });
}

function qualifierMessage(said: NumberFact, qualifier: string, written: string): Message {
  const source = `${said.qualifier ? `${said.qualifier} ` : ''}${said.text}${wordsAfter(said.after)}`;
  if (said.qualifier && !qualifier) return contentMessage('qualifierDropped', { said: source, qualifier: said.qualifier, number: written });
  if (!said.qualifier) return contentMessage('qualifierAdded', { said: source, qualifier });
  return contentMessage('qualifierDiffers', { said: source, written: `${qualifier} ${written}` });
}

/** The words after a number that show its unit: "% kế hoạch" → "%", " lượt người, bằng" → " lượt người". */
function wordsAfter(after: string): string {
  if (after.startsWith('%')) return '%';
  return /^(?: [\p{L}]+){0,2}/u.exec(after)?.[0] ?? '';
}

function sameQualifier(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function factPhrase(fact: Fact): string {
  return fact.kind === 'number'
    ? `${fact.qualifier ? `${fact.qualifier} ` : ''}${fact.text}${fact.after.startsWith('%') ? '%' : ''}`
    : shortenInner(fact.text);
}

function citePlace(field: string): CitePlace {
  if (field.startsWith('figure') || field.startsWith('chart')) return 'block';
  if (field === 'title') return 'title';
  return 'text';
}

function shorten(text: string): string {
  const normal = normalizeText(text);
  return normal.length > 60 ? `${normal.slice(0, 57)}…` : normal;
}

function shortenInner(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
