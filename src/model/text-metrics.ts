/**
 * Rough text measures for layout decisions made before any browser is involved (the placement of
 * every block, which every output follows). Measured in Chromium on the source article, in em:
 * Be Vietnam Pro sets a lower-case letter at 0.57 (regular) or 0.59 (bold), a capital at 0.71 or
 * 0.74, a digit at up to 0.7 (the "0" and "2" of a year) or 0.74, a space at 0.23 and light
 * punctuation at 0.32 or 0.36. The widths
 * below are those, a few per cent wider, so that text placed here fits in the fonts LibreOffice
 * puts in Be Vietnam Pro's place (Noto Sans, DejaVu Sans) too.
 */
const glyphWidths = {
  regular: { lower: 0.6, upper: 0.74, digit: 0.72, space: 0.25, punctuation: 0.33, other: 0.6 },
  bold: { lower: 0.62, upper: 0.77, digit: 0.76, space: 0.25, punctuation: 0.37, other: 0.63 },
} as const;

export type Weight = keyof typeof glyphWidths;

function glyphWidth(glyph: string, weight: Weight): number {
  const widths = glyphWidths[weight];
  if (/\s/u.test(glyph)) return widths.space;
  if (/\d/.test(glyph)) return widths.digit;
  if (/\p{Ll}/u.test(glyph)) return widths.lower;
  if (/\p{Lu}/u.test(glyph)) return widths.upper;
  if (/[.,;:!?'"“”‘’…()\-–]/u.test(glyph)) return widths.punctuation;
  return widths.other;
}

export function estimateTextWidth(text: string, size: number, weight: Weight = 'regular'): number {
  let ems = 0;
  for (const glyph of text) ems += glyphWidth(glyph, weight);
  return ems * size;
}

/**
 * How many lines `text` takes in a box `width` wide, breaking at spaces; `tail` pixels more stand
 * after its last word, on its line (a source marker).
 */
export function estimateLines(text: string, size: number, width: number, weight: Weight = 'regular', tail = 0): number {
  return wrapWords(wordsOf(text), size, width, weight, tail).length;
}

/** The words a line may break between: a no-break space (U+00A0) binds its neighbours into one. */
function wordsOf(text: string): string[] {
  return text.split(/[ \t\r\n]+/).filter(Boolean);
}

function wrapWords(words: readonly string[], size: number, width: number, weight: Weight, tail = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [index, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    const extra = index === words.length - 1 ? tail : 0;
    if (line && estimateTextWidth(candidate, size, weight) + extra > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The text in as few lines as it needs, each about as long as the others, breaking after
 * punctuation where it can: what CSS `text-wrap: balance` does, for outputs without it.
 */
export function balancedLines(text: string, size: number, width: number, weight: Weight = 'regular'): string[] {
  const words = wordsOf(text);
  const count = wrapWords(words, size, width, weight).length;
  if (count <= 1) return [words.join(' ')];
  let best: { lines: string[]; cost: number } | undefined;
  // Try every way to cut the words into `count` lines that fit; short texts make this cheap.
  const search = (start: number, lines: string[]): void => {
    if (lines.length === count - 1) {
      const last = words.slice(start).join(' ');
      if (!last || estimateTextWidth(last, size, weight) > width) return;
      const all = [...lines, last];
      const widths = all.map((line) => estimateTextWidth(line, size, weight));
      const spread = Math.max(...widths) - Math.min(...widths);
      // A break right after a comma or colon reads as a pause; anywhere else it splits a phrase.
      const phraseBreaks = all.slice(0, -1).filter((line) => !/[,:;.–-]$/.test(line)).length;
      const cost = spread + phraseBreaks * size * 4;
      if (!best || cost < best.cost) best = { lines: all, cost };
      return;
    }
    for (let end = start + 1; end < words.length; end++) {
      const line = words.slice(start, end).join(' ');
      if (estimateTextWidth(line, size, weight) > width) break;
      search(end, [...lines, line]);
    }
  };
  if (words.length <= 40 && count <= 4) search(0, []);
  return best?.lines ?? wrapWords(words, size, width, weight);
}
