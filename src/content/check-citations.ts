import type { Quantity } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import type { CitationSite, Quote } from './citation-sites.ts';
import { evaluateFormula, roundingTolerance } from './evaluate-formula.ts';
import { type Fact, findFacts, type NumberStyle, wordAfter } from './find-facts.ts';
import type { Problem } from './problem.ts';
import { normalizeText, type SourceText } from './source-text.ts';

export interface CheckCitationsOptions {
  /** The source's file name, for messages: "slides/nguon.txt". */
  sourceName: string;
  style: NumberStyle & Pick<Locale, 'formatNumber'>;
  /** The deck's own period (deck.yaml `date`, such as "2016"): a number equal to it needs no citation. */
  period?: string;
}

export interface CitationCheck {
  problems: Problem[];
  /** Each quote found, normalised, mapped to the source's sentence that holds it. */
  sentences: Record<string, string>;
}

/**
 * Checks every citation against the source, and that every fact the content states is cited:
 * - each quote occurs in the source (after NFC and white-space normalisation);
 * - a figure's number occurs in its quotes as written, with its qualifier before it and its unit after it;
 * - every number, date, reference and quotation in a text is in one of the quotes that text cites;
 * - a derived value cites the figures its formula uses, and the formula gives the value.
 * Pure: works on any source and any content.
 */
export function checkCitations(sites: readonly CitationSite[], source: SourceText, options: CheckCitationsOptions): CitationCheck {
  const problems: Problem[] = [];
  const sentences: Record<string, string> = {};
  const checked = new Map<string, boolean>();
  const found = (quote: Quote): boolean => {
    const key = `${quote.file}:${quote.line}:${quote.text}`;
    const known = checked.get(key);
    if (known !== undefined) return known;
    const sentence = source.sentenceOf(quote.text);
    checked.set(key, sentence !== undefined);
    if (sentence === undefined) {
      problems.push({
        file: quote.file,
        line: quote.line,
        field: quote.field,
        message: `${shorten(quote.text)} is not in ${options.sourceName}: ${source.explainMiss(quote.text)}`,
      });
      return false;
    }
    sentences[normalizeText(quote.text)] = sentence;
    return true;
  };

  for (const site of sites) {
    const quotes = site.quotes.filter(found);
    // A quote that is not in the source is reported once, above; checking the facts against it would only repeat that.
    const unreadable = site.quotes.length > 0 && quotes.length < site.quotes.length;
    const report = (message: string): void => {
      problems.push({ file: site.file, line: site.line, field: site.field, message });
    };
    if (site.kind === 'quantity') {
      if (!unreadable) for (const message of quantityProblems(site.quantity, quotes, options)) report(message);
      continue;
    }
    const facts = findFacts(site.text, options.style).filter((fact) => !(fact.kind === 'number' && fact.text === options.period));
    if (facts.length === 0 || unreadable) continue;
    if (site.quotes.length === 0) {
      const listed = facts.map((fact) => `"${factPhrase(fact)}"`).join(', ');
      report(`${listed} ${facts.length > 1 ? 'need' : 'needs'} a citation: ${howToCite(site.field)}`);
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
function quantityProblems(quantity: Quantity, quotes: readonly Quote[], options: CheckCitationsOptions): string[] {
  const texts = quotes.map((quote) => normalizeText(quote.text));
  const { style } = options;
  if (quantity.derived !== undefined || quantity.formula !== undefined) return derivedProblems(quantity, texts, style);
  if (texts.length === 0) return ["has no citation: add source: with the source's exact words that state it"];
  const qualifier = quantity.qualifier ?? '';
  const candidates = texts.flatMap((text) => numbersIn(text, quantity.value, style));
  const written = style.formatNumber(quantity.value);
  if (candidates.length === 0) {
    return [`${written} is not in the cited words ${texts.map(shorten).join(', ')}: the figure differs from the source`];
  }
  const unit = quantity.unit;
  const unitFollows = (fact: NumberFact): boolean =>
    !unit || (unit.startsWith('%') ? fact.after.startsWith(unit) : fact.after.startsWith(` ${unit}`));
  if (candidates.some((fact) => sameQualifier(fact.qualifier, qualifier) && unitFollows(fact))) return [];
  const said = candidates.find((fact) => sameQualifier(fact.qualifier, qualifier));
  if (!said) return [qualifierMessage(candidates[0] as NumberFact, qualifier, written)];
  const shown = `${written}${unit?.startsWith('%') ? '' : ' '}${unit}`;
  return [`the source says "${said.text}${wordsAfter(said.after)}", not "${shown}": keep the source's unit`];
}

/** A derived value: its formula uses only cited figures, and gives the value. */
function derivedProblems(quantity: Quantity, texts: readonly string[], style: CheckCitationsOptions['style']): string[] {
  if (quantity.derived === undefined) return ['has a formula, so it is derived: say how in "derived"'];
  if (quantity.formula === undefined) {
    return ['a derived value needs a formula from the figures it is computed from, such as formula: "1.200 ÷ 150%"'];
  }
  if (texts.length === 0) return ["a derived value needs source: the source's words with the figures its formula uses"];
  const result = evaluateFormula(quantity.formula, style);
  if (!result.ok) return [`formula ${JSON.stringify(quantity.formula)}: ${result.message}`];
  const problems = result.numbers
    .filter(
      (number) => !texts.some((text) => numbersIn(text, number.value, style).some((fact) => !number.percent || fact.after.startsWith('%'))),
    )
    .map((number) => `formula: ${number.text} is not in the cited words: cite the source's words that state it`);
  if (Math.abs(result.value - quantity.value) > roundingTolerance(quantity.value)) {
    const computed = style.formatNumber(Math.round(result.value * 1000) / 1000);
    problems.push(
      `${style.formatNumber(quantity.value)} does not add up: ${quantity.formula} = ${computed}` +
        " (a derived value must be its formula's result, rounded to the digits it shows)",
    );
  }
  return problems;
}

type NumberFact = Extract<Fact, { kind: 'number' }>;

function numbersIn(text: string, value: number, style: NumberStyle): NumberFact[] {
  return findFacts(text, style).filter((fact): fact is NumberFact => fact.kind === 'number' && fact.value === value);
}

/** Whether a fact of a text is in one of the quotes it cites, as written; a problem message if not. */
function coverage(fact: Fact, quotes: readonly string[], style: NumberStyle): string | undefined {
  if (fact.kind !== 'number') {
    const needle = normalizeText(fact.text);
    return quotes.some((quote) => quote.includes(needle))
      ? undefined
      : `${fact.kind === 'quotation' ? 'the quotation' : fact.kind === 'date' ? 'the date' : ''} "${shortenInner(needle)}" is not in the cited words`.trimStart();
  }
  const candidates = quotes.flatMap((quote) => numbersIn(quote, fact.value, style));
  if (candidates.length === 0)
    return `${fact.text} is not in the cited words: the number differs from the source, or the marker cites the wrong words`;
  const next = wordAfter(fact.after);
  const sameWords = (found: NumberFact): boolean => !next || wordAfter(found.after) === next;
  if (candidates.some((found) => sameQualifier(found.qualifier, fact.qualifier) && sameWords(found))) return undefined;
  const withQualifier = candidates.filter((found) => sameQualifier(found.qualifier, fact.qualifier));
  if (withQualifier.length === 0) return qualifierMessage(candidates[0] as NumberFact, fact.qualifier, fact.text);
  const said = withQualifier[0] as NumberFact;
  return `the source says "${said.text}${wordsAfter(said.after)}", not "${fact.text}${wordsAfter(fact.after)}"`;
}

function qualifierMessage(said: NumberFact, qualifier: string, written: string): string {
  const source = `${said.qualifier ? `${said.qualifier} ` : ''}${said.text}${wordsAfter(said.after)}`;
  if (said.qualifier && !qualifier) return `the source says "${source}": the qualifier "${said.qualifier}" is dropped from ${written}`;
  if (!said.qualifier) return `the source says "${source}", with no "${qualifier}" before it`;
  return `the source says "${source}", not "${qualifier} ${written}"`;
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

function howToCite(field: string): string {
  if (field.startsWith('figure') || field.startsWith('chart')) return "add source: with the source's exact words that state it";
  if (field === 'title') return 'cite it on the slide, in a point or a figure whose quote holds it';
  return 'add a marker such as [^1] and, in the same file, a line "[^1]: the source\'s exact words"';
}

function shorten(text: string): string {
  const normal = normalizeText(text);
  return JSON.stringify(normal.length > 60 ? `${normal.slice(0, 57)}…` : normal);
}

function shortenInner(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
