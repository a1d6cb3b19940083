import type { Deck } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { normalizeText, sentencesOf } from '../model/source-sentences.ts';
import { fillIn } from '../model/speaker-strings.ts';
import { escapeHtml } from './escape-html.ts';

/** What one marker cites: the quotes of a figure, a point, or each item of a chart (with its label). */
export interface MarkerEntry {
  label?: string;
  quotes: readonly string[];
  /** The year of the kept article the quotes are from, for a figure cited from an earlier year's article. */
  year?: number;
}

/**
 * A slide's source markers: each cited figure gets a small numbered button, and the slide a panel per
 * button with the source's sentences, the cited words marked. The deck's script opens a panel when its
 * button is activated (src/deck/source-markers.ts); print hides both.
 */
export class SourceMarkers {
  private readonly panels: string[] = [];

  constructor(
    private readonly slideId: string,
    private readonly deck: Pick<Deck, 'sourceSentences'>,
    private readonly locale: Locale,
  ) {}

  /** The button for one cited thing, or nothing when it cites nothing. */
  marker(entries: readonly MarkerEntry[]): string {
    const cited = entries.filter((entry) => entry.quotes.length > 0);
    if (cited.length === 0) return '';
    const number = this.panels.length + 1;
    const id = `${this.slideId}-nguon-${number}`;
    const { sourceMarker, sourcesHeading, close } = this.locale.meetingPack;
    const items = cited
      .map((entry) => {
        // A sentence of an earlier year's article says so: "(bài viết năm 2016)".
        const from =
          entry.year === undefined
            ? ''
            : ` <span class="source-note__year">(${escapeHtml(fillIn(this.locale.meetingPack.earlierArticle, entry.year))})</span>`;
        const sentences = sentencesOf(entry.quotes, this.deck.sourceSentences, entry.year)
          .map((sentence) => `<q>${markQuotes(sentence, entry.quotes)}</q>${from}`)
          .join(' ');
        const label = entry.label ? `<span class="source-note__label">${escapeHtml(entry.label)}:</span> ` : '';
        return `<li>${label}${sentences}</li>`;
      })
      .join('');
    this.panels.push(
      `<div class="source-note" id="${escapeHtml(id)}" role="region" aria-label="${escapeHtml(`${sourceMarker} ${number}`)}" hidden>` +
        `<p class="source-note__heading">${escapeHtml(sourcesHeading)} ${number}</p><ul>${items}</ul>` +
        `<button type="button" class="source-note__close" aria-label="${escapeHtml(close)}">×</button></div>`,
    );
    return `<button type="button" class="source-marker reader-only" aria-expanded="false" aria-controls="${escapeHtml(id)}" aria-label="${escapeHtml(`${sourceMarker} ${number}`)}">${number}</button>`;
  }

  /** The slide's panels, to close the slide with; empty when nothing on it is cited. */
  render(): string {
    return this.panels.length > 0 ? `<div class="source-notes">${this.panels.join('')}</div>` : '';
  }
}

/** The sentence, escaped, with the first place each quote occurs wrapped in <mark>. */
function markQuotes(sentence: string, quotes: readonly string[]): string {
  const ranges = quotes
    .map((quote) => {
      const needle = normalizeText(quote);
      const start = sentence.indexOf(needle);
      return start < 0 ? undefined : { start, end: start + needle.length };
    })
    .filter((range): range is { start: number; end: number } => range !== undefined)
    .sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue;
    html += `${escapeHtml(sentence.slice(at, range.start))}<mark>${escapeHtml(sentence.slice(range.start, range.end))}</mark>`;
    at = range.end;
  }
  return html + escapeHtml(sentence.slice(at));
}
