/**
 * The deck's type sizes, in CSS pixels at the 1280 × 720 design size, chosen once: the layout
 * estimates with them, deck.css repeats them as custom properties (a unit test keeps the two
 * equal), the charts draw with them and the PowerPoint export converts them to points.
 * Body text is at least 24 px and every other text at least 18 px, legible from the back of a room.
 */
export const typeScale = {
  sectionLabel: 20,
  title: 44,
  coverTitle: 56,
  coverText: 32,
  body: 30,
  bodyLarge: 36,
  bodyCompact: 27,
  figureNumber: 88,
  figureNumberCompact: 64,
  figureAside: 34,
  figureAsideCompact: 26,
  figureLabel: 24,
  figureTopic: 18,
  chartTitle: 24,
  valueLabel: 24,
  categoryTick: 22,
  valueTick: 20,
  legend: 22,
  derivedNote: 20,
  slideNumber: 18,
} as const;

export type TypeRole = keyof typeof typeScale;

/** Line heights as multiples of the font size. */
export const lineHeights = { title: 1.15, body: 1.35, figure: 1.1, label: 1.3 } as const;

/** The smallest sizes the deck allows at the design size: body text, and everything else. */
export const minimumTextSize = { body: 24, other: 18 } as const;
