import type { QuoteMiss } from '../model/content-messages.ts';
import { normalizeText } from '../model/source-sentences.ts';

export { normalizeText };

/** Where a sentence (or a clause of a long list-sentence) ends: after . ! ? … ; followed by a space. */
const sentenceEnd = /[.!?…;]/;

/**
 * The source article, ready for looking up quotes. Its "sentences" are what a reader checks a figure
 * against: a sentence, or, where the article strings facts together with semicolons, one clause of it.
 */
export class SourceText {
  /** The source normalised as normalizeText does. */
  readonly text: string;
  /** Offsets in `text` where a paragraph starts after a line break in the file. */
  private readonly breaks = new Set<number>();

  constructor(raw: string) {
    const nfc = raw.normalize('NFC');
    let text = '';
    for (const match of nfc.matchAll(/(\s+)|(\S+)/g)) {
      if (match[2]) text += match[2];
      else if (text.length > 0) {
        if ((match[1] ?? '').includes('\n')) this.breaks.add(text.length + 1);
        text += ' ';
      }
    }
    this.text = text.trimEnd();
  }

  /** Where the quote occurs (first place), after normalisation; undefined when it does not. */
  find(quote: string): { start: number; end: number } | undefined {
    const needle = normalizeText(quote);
    if (!needle) return undefined;
    const start = this.text.indexOf(needle);
    return start < 0 ? undefined : { start, end: start + needle.length };
  }

  /**
   * The sentence holding the quote, as a reader should see it: a clause cut out of a longer sentence
   * is marked with "…" where it was cut.
   */
  sentenceOf(quote: string): string | undefined {
    const found = this.find(quote);
    if (!found) return undefined;
    let start = found.start;
    while (start > 0 && !this.endsSentenceBefore(start)) start -= 1;
    let end = found.end;
    while (end < this.text.length && !this.endsSentenceBefore(end)) end += 1;
    let sentence = this.text.slice(start, end).trim();
    const cutBefore = start > 0 && this.text[start - 2] === ';' && !this.breaks.has(start);
    if (sentence.endsWith(';')) sentence = `${sentence.slice(0, -1).trimEnd()}…`;
    return cutBefore ? `…${sentence}` : sentence;
  }

  /** Why a quote is not found, as a hint for the editor: where it starts to differ, or its letter case. */
  explainMiss(quote: string): QuoteMiss {
    const needle = normalizeText(quote);
    if (this.text.toLocaleLowerCase().includes(needle.toLocaleLowerCase())) return { kind: 'case' };
    let low = 0;
    let high = needle.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.text.includes(needle.slice(0, middle))) low = middle;
      else high = middle - 1;
    }
    // Where they differ inside a word or a number ("năm 201" then "7" where the quote has "6"), the
    // whole word is shown on both sides: "năm " then "2017…" where the quote has "2016".
    while (low > 0 && /[\p{L}\p{N}]/u.test(needle[low - 1] ?? '') && /[\p{L}\p{N}]/u.test(needle[low] ?? '')) low -= 1;
    if (low < 12) return { kind: 'none' };
    const prefix = needle.slice(0, low);
    const at = this.text.indexOf(prefix) + low;
    const cut = (text: string): string => (text.length > 30 ? `${text.slice(0, 30)}…` : text);
    // The words before, from a word's start: "…nhiều thành tích trong năm ", not "…ều thành tích…".
    const start = Math.max(0, prefix.length - 24);
    const words =
      start > 0 && /[\p{L}\p{N}]/u.test(prefix[start - 1] ?? '') ? prefix.slice(start).replace(/^[\p{L}\p{N}]+/u, '') : prefix.slice(start);
    return { kind: 'differs', upTo: cut(`…${words.trimStart()}`), sourceHas: cut(this.text.slice(at)), quoteHas: cut(needle.slice(low)) };
  }

  /** Whether a sentence starts at `offset`: after a paragraph break, or after a sentence's last mark and a space. */
  private endsSentenceBefore(offset: number): boolean {
    if (this.breaks.has(offset)) return true;
    // `offset` is just past the space that follows the mark, or just past the mark at the text's end.
    if (offset === this.text.length) return true;
    return this.text[offset - 1] === ' ' && sentenceEnd.test(this.text[offset - 2] ?? '');
  }
}
