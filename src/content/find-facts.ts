import type { Locale } from '../model/locale.ts';

export type NumberStyle = Pick<Locale, 'separators' | 'qualifiers'>;

/**
 * A checkable fact in a text: a number (with the qualifier before it and what follows it), a date,
 * a reference such as a directive number ("12-KH/HM"), or a quotation.
 */
export type Fact =
  | { kind: 'number'; text: string; value: number; qualifier: string; after: string }
  | { kind: 'date' | 'reference' | 'quotation'; text: string };

const token = /(?<![\p{L}\p{N}_])\p{N}[\p{L}\p{N}.,/-]*/gu;
const quotation = /“([^”]+)”|"([^"]+)"|«([^»]+)»/g;

/** Every fact of `text`, in order: numbers, dates and references, then quotations. */
export function findFacts(text: string, style: NumberStyle): Fact[] {
  const facts: Fact[] = [];
  for (const match of text.matchAll(token)) {
    const written = match[0].replace(/[.,/-]+$/, '');
    const start = match.index ?? 0;
    if (/\p{L}/u.test(written)) facts.push({ kind: 'reference', text: written });
    else if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$|^\d{1,2}\/\d{4}$/.test(written)) facts.push({ kind: 'date', text: written });
    else {
      const value = parseLocaleNumber(written, style);
      if (value === undefined) facts.push({ kind: 'reference', text: written });
      else
        facts.push({
          kind: 'number',
          text: written,
          value,
          qualifier: qualifierBefore(text.slice(0, start), style.qualifiers),
          after: text.slice(start + written.length, start + written.length + 40),
        });
    }
  }
  for (const match of text.matchAll(quotation)) {
    const inner = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (inner) facts.push({ kind: 'quotation', text: inner });
  }
  return facts;
}

/** "1.500" → 1500 and "1,5" → 1.5 for vi-VN; undefined for what is not a number in the locale's style. */
export function parseLocaleNumber(written: string, style: Pick<Locale, 'separators'>): number | undefined {
  const { group, decimal } = style.separators;
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  const pattern = new RegExp(`^(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d+)?$`);
  if (!pattern.test(written)) return undefined;
  return Number(written.split(group).join('').replace(decimal, '.'));
}

/** The qualifier words right before a number: "cho trên " → "trên", "khoảng trên " → "khoảng trên". */
export function qualifierBefore(before: string, qualifiers: readonly string[]): string {
  const words = before.trimEnd().split(/\s+/);
  const found: string[] = [];
  let end = words.length;
  // Longest phrases first, so "ít nhất" wins over a one-word qualifier.
  const phrases = [...qualifiers].map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
  for (;;) {
    const phrase = phrases.find(
      (candidate) =>
        candidate.length <= end &&
        candidate.every((word, index) => words[end - candidate.length + index]?.toLocaleLowerCase() === word.toLocaleLowerCase()),
    );
    if (!phrase) break;
    found.unshift(words.slice(end - phrase.length, end).join(' '));
    end -= phrase.length;
  }
  return found.join(' ');
}

/** The first word after a number, or "%" when it sticks to it: what a unit check compares. */
export function wordAfter(after: string): string {
  if (after.startsWith('%')) return '%';
  return /^ (\p{L}+)/u.exec(after)?.[1] ?? '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
