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
      `${chart.items.length} items, more than the ${most} a ${chartKindNames[chart.type]} shows readably on a slide: keep at most ${most} in this chart, and show the others in a second chart or as points of the slide`,
    );
  }

  const first = chart.items[0];
  chart.items.forEach((item, index) => {
    if (index > 0 && first && unitOf(item) !== unitOf(first)) {
      report(
        ['items', index, 'unit'],
        `${describeUnit(item)} is not ${describeUnit(first)}, the unit of items[1]: one chart axis shows one kind of quantity; show them as separate figures (\`\`\`figure) or in separate charts`,
      );
    }
  });

  if (chart.type === 'doughnut') {
    const { whole } = chart;
    if (!whole) {
      report(
        ['type'],
        'a doughnut shows parts of a whole, and the source must state that whole: add whole: (label, value, unit) with the total the source gives, or show the items as bars or separate figures',
      );
    } else {
      if (whole.derived)
        report(['whole', 'derived'], 'the whole of a part-to-whole chart must be a figure of the source, not a derived value');
      if (first && unitOf(whole) !== unitOf(first)) {
        report(
          ['whole', 'unit'],
          `${describeUnit(whole)} is not ${describeUnit(first)}, the unit of the parts: a whole and its parts share one unit`,
        );
      }
      const sum = chart.items.reduce((total, item) => total + item.value, 0);
      if (sum > whole.value)
        report(['whole', 'value'], `the parts add up to ${sum}, more than the whole (${whole.value}): they cannot be shares of it`);
      const { source, locale } = context;
      if (!whole.derived && source && locale && !inSource(whole.value, source.text, locale)) {
        report(
          ['whole', 'value'],
          `${locale.formatNumber(whole.value)} is not a figure of the source (${source.file}): a part-to-whole chart needs the whole the source states, not one added up; without it, show the parts as bars or separate figures`,
        );
      }
    }
  } else if (chart.whole) {
    report(['whole'], 'only a doughnut has a whole: remove it, or make the chart a doughnut');
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
      if (quotes.length > 0 && !says) {
        report(
          ['items', index, 'source'],
          `câu trích dẫn của "${item.label}" không nói "${measure}" bên cạnh con số: mọi cột của một biểu đồ phải đếm cùng một việc; trích câu nói rõ việc đó, hoặc tách thành biểu đồ khác`,
        );
      }
    });
  }

  const title = normalise(chart.title);
  const slideTitle = normalise(place.slideTitle);
  if (title === slideTitle || title.startsWith(`${slideTitle} `)) {
    report(['title'], `"${chart.title}" repeats the slide title: say what the chart measures, such as "Số vụ theo loại tội phạm"`);
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
      message: `"${value}" không có trong câu trích dẫn: tên và chức vụ phải viết đúng như bài viết`,
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

const chartKindNames: Readonly<Record<ChartSpec['type'], string>> = {
  bar: 'bar chart',
  horizontalBar: 'bar chart',
  doughnut: 'doughnut',
};

type Report = (path: readonly PropertyKey[], message: string) => void;

function checkQuantity(quantity: Quantity, path: readonly PropertyKey[], context: FigureRuleContext, report: Report): void {
  // Whether each value is the source's is the citation check's (check-citations.ts): every figure cites its words.
  const { topics } = context;
  if (quantity.topic !== undefined && topics !== undefined && !topics.some((topic) => topic.id === quantity.topic)) {
    const known =
      topics.length > 0 ? `: deck.yaml lists ${topics.map((topic) => `"${topic.id}"`).join(', ')}` : ': deck.yaml lists no topics';
    report([...path, 'topic'], `"${quantity.topic}" is not a topic of the deck${known}`);
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

function describeUnit(quantity: Quantity): string {
  return quantity.unit ? `"${quantity.unit}"` : 'no unit';
}

function normalise(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
