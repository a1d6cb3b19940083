export interface QualifiedFigure {
  qualifier: string;
  figure: string;
}

export interface FindUnqualifiedOptions {
  /** Chart axes in extracted PDF text print runs of round ticks ("0 200 400 600"); skip those. */
  skipAxisTicks?: boolean;
}

export interface QualifierReport {
  /** How often the figure appears at all. */
  occurrences: number;
  /** Each place it appears without its qualifier, with the text just before it. */
  unqualified: string[];
}

/** Where a figure of the source appears without the qualifier the source gives it. */
export function findUnqualified(
  text: string,
  { qualifier, figure }: QualifiedFigure,
  options: FindUnqualifiedOptions = {},
): QualifierReport {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = [...text.matchAll(new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, 'g'))];
  const unqualified: string[] = [];
  for (const match of matches) {
    const before = text.slice(0, match.index).trimEnd();
    const after = text.slice((match.index ?? 0) + figure.length).trimStart();
    // A derived value's arithmetic ("262 ÷ 1,31") is not a claim.
    const inArithmetic = /[(÷]$/.test(before) || after.startsWith('÷');
    const onAxis =
      options.skipAxisTicks === true &&
      (/(^|\s)\d+ \d+$/.test(before) || /^\d+ \d+(\s|$)/.test(after) || (/(^|\s)\d+$/.test(before) && /^\d+(\s|$)/.test(after)));
    if (!inArithmetic && !onAxis && !before.endsWith(qualifier)) unqualified.push(`…${before.slice(-30)} ${figure}`);
  }
  return { occurrences: matches.length, unqualified };
}
