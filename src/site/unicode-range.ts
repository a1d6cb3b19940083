/** A CSS `unicode-range` as inclusive code point intervals. */
export type UnicodeRange = readonly (readonly [number, number])[];

/** "U+0000-00FF, U+0131, U+1E??" → [[0x0, 0xff], [0x131, 0x131], [0x1e00, 0x1eff]]. */
export function parseUnicodeRange(value: string): UnicodeRange {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
      if (!match) throw new Error(`not a unicode-range: "${part}"`);
      const [, start = '', end] = match;
      if (start.includes('?'))
        return [Number.parseInt(start.replaceAll('?', '0'), 16), Number.parseInt(start.replaceAll('?', 'f'), 16)] as const;
      return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)] as const;
    });
}

export function inUnicodeRange(codePoint: number, range: UnicodeRange): boolean {
  return range.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** The shortest `unicode-range` that covers exactly these code points: runs become intervals. */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const point of sorted) {
    const last = runs.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else runs.push([point, point]);
  }
  const hex = (point: number): string => point.toString(16).toUpperCase().padStart(4, '0');
  return runs.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)).join(', ');
}
