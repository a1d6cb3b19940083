import { contentMessage } from '../model/content-messages.ts';
import type { Inline } from '../model/deck.ts';
import type { Quote } from './citation-sites.ts';
import type { Problem } from './problem.ts';

/**
 * The citation syntax of text (docs/huong-dan-nam-moi.md): a short marker `[^nhan]` in a point
 * or paragraph, and once in the same file a line `[^nhan]: the source's exact words`. A long quote
 * may go on over following lines indented by two spaces or more.
 */
export interface CitationDefinition {
  label: string;
  quote: string;
  /** The file line the definition starts on. */
  line: number;
}

export interface CitationDefinitions {
  /** The text with every definition line blanked, so that line numbers stay as they were. */
  body: string;
  definitions: Map<string, CitationDefinition>;
  problems: Problem[];
}

const definitionStart = /^\[\^([^\]\s]+)\]:[ \t]*(.*)$/;
const continuation = /^(?: {2,}|\t)\S/;
const marker = /[ \t]*\[\^([^\]\s]+)\]/g;

/** Takes the citation definitions out of a section's body. `lineOffset` is the file line before the body's first. */
export function extractCitationDefinitions(file: string, body: string, lineOffset: number): CitationDefinitions {
  const lines = body.split('\n');
  const definitions = new Map<string, CitationDefinition>();
  const problems: Problem[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = definitionStart.exec(lines[index] ?? '');
    if (!match) continue;
    const line = lineOffset + index + 1;
    const parts = [match[2] ?? ''];
    lines[index] = '';
    while (index + 1 < lines.length && continuation.test(lines[index + 1] ?? '')) {
      index += 1;
      parts.push(lines[index] ?? '');
      lines[index] = '';
    }
    const label = match[1] ?? '';
    const quote = unquote(parts.join(' ').replace(/\s+/g, ' ').trim());
    if (!quote) {
      problems.push({ file, line, field: `[^${label}]`, message: contentMessage('quoteEmpty', {}) });
    } else if (definitions.has(label)) {
      problems.push({
        file,
        line,
        field: `[^${label}]`,
        message: contentMessage('quoteDefinedTwice', { first: definitions.get(label)?.line ?? 0 }),
      });
    } else {
      definitions.set(label, { label, quote, line });
    }
  }
  return { body: lines.join('\n'), definitions, problems };
}

/** A point's text without its markers, and the labels of the markers, in order. */
export function takeCitationMarkers(inlines: readonly Inline[]): { inlines: Inline[]; labels: string[] } {
  const labels: string[] = [];
  const cleaned = inlines
    .map((inline) => ({
      ...inline,
      text: inline.text.replace(marker, (_whole, label: string) => {
        labels.push(label);
        return '';
      }),
    }))
    .filter((inline) => inline.text.length > 0);
  const last = cleaned.at(-1);
  if (labels.length > 0 && last) last.text = last.text.trimEnd();
  return { inlines: labels.length > 0 ? cleaned : [...inlines], labels };
}

/** Turns a point's markers into the quotes they stand for, and reports markers with no definition and definitions never used. */
export class CitationResolver {
  private readonly used = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly definitions: ReadonlyMap<string, CitationDefinition>,
    private readonly problems: Problem[],
  ) {}

  /** A point's inlines without markers, and the quotes its markers cite. */
  cite(inlines: readonly Inline[], line: number, field: string): { inlines: Inline[]; quotes: Quote[] } {
    const taken = takeCitationMarkers(inlines);
    const quotes: Quote[] = [];
    for (const label of taken.labels) {
      const definition = this.definitions.get(label);
      if (!definition) {
        this.problems.push({
          file: this.file,
          line,
          field,
          message: contentMessage('markerUndefined', { label }),
        });
        continue;
      }
      this.used.add(label);
      quotes.push({ text: definition.quote, file: this.file, line: definition.line, field: `[^${label}]` });
    }
    return { inlines: taken.inlines, quotes };
  }

  /** Definitions no marker uses: most likely a typo in a marker. */
  reportUnused(): void {
    for (const definition of this.definitions.values()) {
      if (!this.used.has(definition.label)) {
        this.problems.push({
          file: this.file,
          line: definition.line,
          field: `[^${definition.label}]`,
          message: contentMessage('quoteUnused', {}),
        });
      }
    }
  }
}

/** Straight double quotes around a whole quote are the editor's, not the source's. */
function unquote(text: string): string {
  const match = /^"(.*)"$/.exec(text);
  return match ? (match[1] ?? '').trim() : text;
}
