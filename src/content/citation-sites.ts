import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ChartSpec, FigureSpec, Quantity, StatementSpec } from '../model/deck.ts';

/** A quote of the source as the content writes it, and where. */
export interface Quote {
  text: string;
  file: string;
  line: number;
  field: string;
  /** The year of the kept article it quotes, for a figure that names one; this year's article otherwise. */
  year?: number;
}

/**
 * A place in the content that states facts, with the quotes that cite them. Collected while a
 * section is parsed and checked against the source by checkCitations, once the source is read.
 */
export type CitationSite =
  | { kind: 'quantity'; file: string; line: number; field: string; quantity: Quantity; quotes: Quote[]; year?: number }
  | { kind: 'text'; file: string; line: number; field: string; text: string; quotes: Quote[]; year?: number };

export interface FenceLocation {
  file: string;
  /** The file line of the opening ``` (the YAML's first line is the next one). */
  line: number;
  content: string;
}

/** The sites of a ```figure: its value, and its label, both cited by its `source`. */
export function figureSites(fence: FenceLocation, figure: FigureSpec): CitationSite[] {
  const lines = yamlLines(fence.content);
  const quotes = quotesOf(fence, figure.source, ['source'], 'figure.source', lines, figure.year);
  const line = fence.line + lines(['value']);
  const year = yearOf(figure);
  return [
    { kind: 'quantity', file: fence.file, line, field: 'figure', quantity: figure, quotes, ...year },
    { kind: 'text', file: fence.file, line: fence.line + lines(['label']), field: 'figure.label', text: figure.label, quotes, ...year },
  ];
}

/** The site of a ```statement: its words, cited by its `source`. */
export function statementSites(fence: FenceLocation, statement: StatementSpec): CitationSite[] {
  const lines = yamlLines(fence.content);
  const quotes = quotesOf(fence, statement.source, ['source'], 'statement.source', lines, undefined);
  return [{ kind: 'text', file: fence.file, line: fence.line + lines(['text']), field: 'statement.text', text: statement.text, quotes }];
}

/** The sites of a ```chart: each item's value and label, cited by its `source`, and the title, cited by them all. */
export function chartSites(fence: FenceLocation, chart: ChartSpec): CitationSite[] {
  const lines = yamlLines(fence.content);
  const sites: CitationSite[] = [];
  const all: Quote[] = [];
  chart.items.forEach((item, index) => {
    const field = `chart.items[${index + 1}]`;
    const quotes = quotesOf(fence, item.source, ['items', index, 'source'], `${field}.source`, lines, item.year);
    all.push(...quotes);
    const year = yearOf(item);
    sites.push(
      { kind: 'quantity', file: fence.file, line: fence.line + lines(['items', index, 'value']), field, quantity: item, quotes, ...year },
      {
        kind: 'text',
        file: fence.file,
        line: fence.line + lines(['items', index, 'label']),
        field: `${field}.label`,
        text: item.label,
        quotes,
        ...year,
      },
    );
  });
  // A part-to-whole chart's whole is a figure of the source like its parts: it cites its words too.
  if (chart.whole) {
    const quotes = quotesOf(fence, chart.whole.source, ['whole', 'source'], 'chart.whole.source', lines, chart.whole.year);
    all.push(...quotes);
    sites.push({
      kind: 'quantity',
      file: fence.file,
      line: fence.line + lines(['whole', 'value']),
      field: 'chart.whole',
      quantity: chart.whole,
      quotes,
      ...yearOf(chart.whole),
    });
  }
  sites.push({ kind: 'text', file: fence.file, line: fence.line + lines(['title']), field: 'chart.title', text: chart.title, quotes: all });
  return sites;
}

function quotesOf(
  fence: FenceLocation,
  source: readonly string[] | undefined,
  path: (string | number)[],
  field: string,
  lines: (path: (string | number)[]) => number,
  year: number | undefined,
): Quote[] {
  if (!source) return [];
  // A one-quote `source: "…"` has no item 0: its line is the key's.
  return source.map((text, index) => ({
    text,
    file: fence.file,
    line: fence.line + lines([...path, index]),
    field: source.length > 1 ? `${field}[${index}]` : field,
    ...(year === undefined ? {} : { year }),
  }));
}

/** The year of the kept article a figure cites, for its sites. */
function yearOf(quantity: Quantity): { year?: number } {
  return quantity.year === undefined ? {} : { year: quantity.year };
}

/** The 1-based line, within the YAML, of the value at `path` (or of the nearest parent that exists). */
function yamlLines(content: string): (path: (string | number)[]) => number {
  const lineCounter = new LineCounter();
  const document = parseDocument(content, { lineCounter });
  return (path) => {
    for (let length = path.length; length > 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      const parent = length > 1 ? document.getIn(path.slice(0, length - 1), true) : document.contents;
      // A scalar's own range; for a key in a map, the key's line reads better than a folded value's.
      if (isMap(parent)) {
        const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[length - 1]);
        const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range;
        if (keyRange) return lineCounter.linePos(keyRange[0]).line;
      }
      if (isSeq(parent) && node?.range) return lineCounter.linePos(node.range[0]).line;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
}
