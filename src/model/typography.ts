/**
 * The deck's type, in CSS pixels at the 1280 × 720 design size (1 px is 0.75 pt), chosen once:
 * the placement measures with it, deck.css repeats it as custom properties (a unit test keeps the
 * two equal), the charts draw with it and the PowerPoint export converts it to points.
 *
 * Two body sizes: 32 px (24 pt) on every slide, 28 px (21 pt) where that does not fit; a leader's
 * statement is set larger, at 40 px, as a figure's number is: it is the slide. Nothing
 * the room reads is under 24 px (18 pt, the usual floor for projected slides): topic names,
 * chart labels and notes, page numbers. On a screen 2 m high that is a letter about 5 cm tall.
 */
export const typeScale = {
  sectionLabel: 24,
  title: 44,
  coverTitle: 56,
  coverText: 32,
  coverOrg: 24,
  body: 32,
  bodyDense: 28,
  figureNumber: 88,
  figureNumberCompact: 64,
  figureAside: 34,
  figureAsideCompact: 26,
  figureLabel: 24,
  topicLabel: 24,
  chartTitle: 24,
  valueLabel: 24,
  categoryTick: 24,
  valueTick: 24,
  legend: 24,
  derivedNote: 24,
  contentsNumber: 40,
  contentsTitle: 36,
  statement: 40,
  attribution: 28,
  slideNumber: 24,
  /** A reference slide's text (the sources appendix): for readers of the PDF more than for the room. */
  reference: 24,
} as const;

export type TypeRole = keyof typeof typeScale;

/** Line heights as multiples of the font size. */
export const lineHeights = { title: 1.15, body: 1.35, figure: 1.1, label: 1.3 } as const;

/** Space after a paragraph and after a list point, and a list's indent, as multiples of the body size. */
export const textSpacing = { paragraph: 0.6, listItem: 0.5, listIndent: 1.3 } as const;

/** The smallest sizes the deck allows at the design size: running text, and everything else. */
export const minimumTextSize = { body: typeScale.bodyDense, other: 24 } as const;

/** Letter spacing of the small capitals (section labels, topic names), in em. */
export const smallCapsTracking = 0.06;
