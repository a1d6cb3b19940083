import type { Message } from '../base/message.ts';
import { contentMessage } from '../model/content-messages.ts';
import type { ChartSpec, FigureSpec, Quantity, StatementSpec, Topic } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { formatField, type LineOf } from './parse-yaml.ts';
import type { Problem } from './problem.ts';

/**
 * What the honesty rules know about the deck beyond one block. Each check is skipped when the
 * caller does not know it (a section parsed on its own, in a test).
 */
export interface FigureRuleContext {
  /** The topics deck.yaml declares. */
  topics?: readonly Topic[];
  /** The source's text and its file name, to check that a figure is one of the source. */
  source?: { file: string; text: string };
  locale?: Pick<Locale, 'formatNumber'>;
}

export interface BlockPlace {
  file: string;
  /** "chart" or "figure": prefixes every field in a problem. */
  kind: 'chart' | 'figure' | 'statement';
  lineOf: LineOf;
  /** The slide's title, which a chart's title must not repeat. */
  slideTitle: string;
}

/**
 * The rules that keep charts honest, checked on every chart of the content: one kind of quantity
 * per axis; a part-to-whole chart only with a whole the source states; topics that the deck
 * declares; a title that says what the chart measures rather than repeating the slide's. (The schema
 * refuses a derived mark without its explanation, and check-citations.ts that a value is not the
 * source's: every figure cites the source's words.)
 */
export function checkChart(chart: ChartSpec, place: BlockPlace, context: FigureRuleContext): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => {
    problems.push({ file: place.file, line: place.lineOf(path), field: formatField(place.kind, path, chart), message });
  };

  const most = maxChartItems[chart.type];
  if (chart.items.length > most) {
    report(
      ['items', most],
      contentMessage('tooManyItems', { count: chart.items.length, most, chart: chart.type === 'doughnut' ? 'doughnut' : 'bar' }),
    );
  }

  const first = chart.items[0];
  chart.items.forEach((item, index) => {
    if (index > 0 && first && unitOf(item) !== unitOf(first)) {
      report(['items', index, 'unit'], contentMessage('unitDiffers', units(item, first)));
    }
  });

  if (chart.type === 'doughnut') {
    const { whole } = chart;
    if (!whole) {
      report(['type'], contentMessage('doughnutNeedsWhole', {}));
    } else {
      if (whole.derived) report(['whole', 'derived'], contentMessage('wholeDerived', {}));
      if (first && unitOf(whole) !== unitOf(first)) report(['whole', 'unit'], contentMessage('wholeUnit', units(whole, first)));
      const sum = chart.items.reduce((total, item) => total + item.value, 0);
      const { source, locale } = context;
      const written = (value: number): string => locale?.formatNumber(value) ?? String(value);
      if (sum > whole.value)
        report(['whole', 'value'], contentMessage('partsExceedWhole', { sum: written(sum), whole: written(whole.value) }));
      if (!whole.derived && source && locale && !inSource(whole.value, source.text, locale)) {
        report(['whole', 'value'], contentMessage('wholeNotInSource', { value: written(whole.value), source: source.file }));
      }
    }
  } else if (chart.whole) {
    report(['whole'], contentMessage('wholeOnlyDoughnut', {}));
  }

  // One measure per axis: every bar counts what the chart says it counts, in its own quote's words.
  const { measure } = chart;
  if (measure !== undefined) {
    chart.items.forEach((item, index) => {
      const quotes = item.source ?? [];
      const { locale } = context;
      // A stated value: the quote that says the measure also gives the number. A derived one: it says the measure.
      const says = quotes.some(
        (quote) =>
          normalise(quote).includes(normalise(measure)) && (item.derived !== undefined || !locale || inSource(item.value, quote, locale)),
      );
      // A value that none of its quotes states is the citation check's to report, once.
      const stated = item.derived !== undefined || !locale || quotes.some((quote) => inSource(item.value, quote, locale));
      if (quotes.length > 0 && stated && !says) {
        report(['items', index, 'source'], contentMessage('measureNotInQuote', { label: item.label, measure }));
      }
    });
  }

  const title = normalise(chart.title);
  const slideTitle = normalise(place.slideTitle);
  if (title === slideTitle || title.startsWith(`${slideTitle} `)) {
    report(['title'], contentMessage('chartTitleRepeats', { title: chart.title }));
  }

  chart.items.forEach((item, index) => {
    checkQuantity(item, ['items', index], context, report);
  });
  if (chart.whole) checkQuantity(chart.whole, ['whole'], context, report);
  return problems;
}

/** A big figure: a figure of the source (or derived, with its explanation), in a declared topic. */
export function checkFigure(figure: FigureSpec, place: BlockPlace, context: FigureRuleContext): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => {
    problems.push({ file: place.file, line: place.lineOf(path), field: formatField(place.kind, path, figure), message });
  };
  checkQuantity(figure, [], context, report);
  return problems;
}

/**
 * A reported statement: who said it and their office are written as the source names them, so
 * both stand in the words it cites.
 */
export function checkStatement(statement: StatementSpec, place: BlockPlace): Problem[] {
  const problems: Problem[] = [];
  const quotes = (statement.source ?? []).map(normalise);
  const check = (field: 'by' | 'role', value: string | undefined): void => {
    if (value === undefined || quotes.length === 0 || quotes.some((quote) => quote.includes(normalise(value)))) return;
    problems.push({
      file: place.file,
      line: place.lineOf([field]),
      field: `statement.${field}`,
      message: contentMessage('statementNotInQuote', { value }),
    });
  };
  check('by', statement.by);
  check('role', statement.role);
  return problems;
}

/**
 * The most items a chart may have: each bar keeps room for a label of two lines at the slide's
 * smallest size, and a doughnut's slices stay wide enough to tell apart.
 */
export const maxChartItems: Readonly<Record<ChartSpec['type'], number>> = { bar: 12, horizontalBar: 12, doughnut: 6 };

type Report = (path: readonly PropertyKey[], message: Message) => void;

function checkQuantity(quantity: Quantity, path: readonly PropertyKey[], context: FigureRuleContext, report: Report): void {
  // Whether each value is the source's is the citation check's (check-citations.ts): every figure cites its words.
  const { topics } = context;
  if (quantity.topic !== undefined && topics !== undefined && !topics.some((topic) => topic.id === quantity.topic)) {
    report([...path, 'topic'], contentMessage('unknownTopic', { topic: quantity.topic, known: topics.map((topic) => topic.id) }));
  }
}

/** Whether the source writes this number, as the locale writes it ("1,5"), not as part of a longer one. */
export function inSource(value: number, text: string, locale: Pick<Locale, 'formatNumber'>): boolean {
  const written = [locale.formatNumber(value), String(value)];
  return written.some((number) => new RegExp(`(?<![\\d.,])${escapeRegExp(number)}(?![\\d]|[.,]\\d)`).test(text));
}

function unitOf(quantity: Quantity): string {
  return normalise(quantity.unit ?? '');
}

/** Two units to compare in a message: an item's and the first item's (absent: no unit). */
function units(quantity: Quantity, first: Quantity): { unit?: string; first?: string } {
  return { ...(quantity.unit ? { unit: quantity.unit } : {}), ...(first.unit ? { first: first.unit } : {}) };
}

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
