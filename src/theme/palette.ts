/**
 * The deck's colours and font, chosen once. The chart theme and the PowerPoint export import them;
 * deck.css repeats them as custom properties, and tests/unit/theme/palette.test.ts keeps the two equal.
 */
export const palette = {
  red: '#9b1c1c',
  redDark: '#7a1414',
  gold: '#c8a44d',
  navy: '#1f2f46',
  text: '#1b2430',
  muted: '#4a5563',
  page: '#fbfaf7',
  card: '#ffffff',
  white: '#ffffff',
  /** The organisation's name above a title slide's heading, on the red panel. */
  titleOrg: '#f3e3b5',
} as const;

/** Chart series colours, in order of use. */
export const chartPalette = [palette.red, '#1f4e79', '#b7791f', '#2f6f4f'] as const;

/** How strongly a derived value's fill and the grid lines show through. */
export const paleAlpha = 0.12;

export const fontFamilies = ['Be Vietnam Pro', 'Segoe UI', 'Arial', 'sans-serif'] as const;

/** The CSS font-family list: "'Be Vietnam Pro', 'Segoe UI', Arial, sans-serif". */
export function cssFontStack(): string {
  return fontFamilies.map((family) => (family.includes(' ') ? `'${family}'` : family)).join(', ');
}

/** "#1b2430" at 0.12 → "rgba(27, 36, 48, 0.12)". */
export function rgba(hex: string, alpha: number): string {
  const [r, g, b] = hexChannels(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** "#1b2430" at 0.12 over "#ffffff" → the opaque colour seen, for outputs without transparency. */
export function blend(hex: string, alpha: number, over: string): string {
  const top = hexChannels(hex);
  const bottom = hexChannels(over);
  return `#${top
    .map((channel, index) =>
      Math.round(channel * alpha + (bottom[index] ?? 0) * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function hexChannels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour such as #1b2430, got "${hex}"`);
  return [Number.parseInt(match[1] ?? '', 16), Number.parseInt(match[2] ?? '', 16), Number.parseInt(match[3] ?? '', 16)];
}
