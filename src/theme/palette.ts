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

/**
 * Topic colours, in the order deck.yaml lists its topics: a topic keeps its colour on every slide
 * and in every output, and is always named beside it. Each is dark enough for text on the page
 * (at least 4.5:1), so that a label may take its topic's colour too.
 */
export const topicPalette = [palette.red, '#1f4e79', '#7a4f0a', '#2f6f4f'] as const;

/** Figures and chart items that belong to no topic. */
export const neutralColour = palette.navy;

/**
 * The slices of a part-to-whole chart that belong to no topic: neutral shades, so that each slice
 * still has a colour of its own for its legend entry (each is named there and on its slice too).
 */
export const neutralShades = [palette.navy, '#3d5a80', '#5b6675'] as const;

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

/**
 * The font weights the cover is set in (deck.css: its title 700, the office's name 600, its text
 * 400): the page asks for these files first, before its styles have been read, so the first slide
 * is drawn sooner.
 */
export const coverFontWeights = [400, 600, 700] as const;
