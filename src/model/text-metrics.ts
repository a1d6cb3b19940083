/**
 * Rough text measures for layout decisions made before any browser is involved (the PowerPoint
 * export, and which layout a slide gets). Measured in Chromium on Vietnamese text, Be Vietnam Pro
 * averages 0.49 em a glyph in regular weight, 0.51 em in bold and 0.55 em in digits; DejaVu Sans,
 * what LibreOffice puts in its place where it is not installed, 0.51, 0.58 and 0.64. The estimates
 * take the wider, so that text sized here fits in either font.
 */
const averageGlyph = { regular: 0.52, bold: 0.58 } as const;
const digitWidth = 0.64;

export type Weight = keyof typeof averageGlyph;

export function estimateTextWidth(text: string, size: number, weight: Weight = 'regular'): number {
  let ems = 0;
  for (const glyph of text) ems += /\d/.test(glyph) ? digitWidth : averageGlyph[weight];
  return ems * size;
}

/** How many lines `text` takes in a box `width` wide, breaking at spaces. */
export function estimateLines(text: string, size: number, width: number, weight: Weight = 'regular'): number {
  return wrapWords(wordsOf(text), size, width, weight).length;
}

/** The words a line may break between: a no-break space (U+00A0) binds its neighbours into one. */
function wordsOf(text: string): string[] {
  return text.split(/[ \t\r\n]+/).filter(Boolean);
}

function wrapWords(words: readonly string[], size: number, width: number, weight: Weight): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, size, weight) > width) {
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
