import { stringify } from 'csv-stringify/sync';
import type { ChartView } from '../charts/chart-view.ts';
import type { Deck } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { sentencesOf } from '../model/source-sentences.ts';
import { fillIn } from '../model/speaker-strings.ts';

/** Excel reads a UTF-8 file as the system's code page unless it starts with a byte-order mark. */
const byteOrderMark = '\uFEFF';

/**
 * One chart's data as CSV, from its view (the items every output draws): a header row in the
 * deck's language, then one row per item with its label, value (a plain number, "." before
 * decimals), unit, qualifier, how a derived value is computed, and the source's sentence that
 * states it. UTF-8 with a BOM, CRLF line ends (RFC 4180).
 */
export function renderChartCsv(view: ChartView, { deck, locale }: { deck: Pick<Deck, 'sourceSentences'>; locale: Locale }): string {
  const columns = locale.meetingPack.csvColumns;
  const rows = view.items.map(({ quantity: item }) => [
    asText(item.label),
    String(item.value),
    asText(item.unit ?? ''),
    asText(item.qualifier ?? ''),
    asText(item.derived ? (item.formula ? `${item.derived} (${item.formula})` : item.derived) : ''),
    asText(
      sentencesOf(item.source, deck.sourceSentences, item.year)
        .map((sentence) => (item.year === undefined ? sentence : `${sentence} (${fillIn(locale.meetingPack.earlierArticle, item.year)})`))
        .join(' | '),
    ),
  ]);
  const header = [columns.label, columns.value, columns.unit, columns.qualifier, columns.derived, columns.sourceSentence].map(asText);
  return byteOrderMark + stringify([header, ...rows], { record_delimiter: '\r\n' });
}

/**
 * A text cell that a spreadsheet could take for a formula ("=HYPERLINK(…)", "@SUM(A1)", "+1", "-1",
 * or one starting with a tab or a carriage return, full-width forms included) gets an apostrophe
 * in front, so it is shown as the text it is and never run (OWASP's advice for CSV injection).
 * Values are numbers written by the tool, never neutralised.
 */
export function asText(cell: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
}
