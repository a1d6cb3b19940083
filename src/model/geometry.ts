/** The slide's design size in CSS pixels: every output lays the deck out at this 16:9 size. */
export const slideGeometry = { width: 1280, height: 720 } as const;

/** CSS pixels per inch: a 1280 px slide is 13.333 in wide, and 1 px is 0.75 pt. */
export const pixelsPerInch = 96;

export const slideAspectRatio = slideGeometry.width / slideGeometry.height;

/**
 * The grid every content slide shares, in CSS pixels at the design size: side margins of 72 px
 * (5.6 %), the section label and the one-line title at the top, a gold rule under them, and the
 * body always starting at the same height under it; the page number in the bottom margin.
 */
export const slideFrame = {
  marginX: 72,
  marginTop: 40,
  marginBottom: 64,
  labelGap: 4,
  ruleGap: 14,
  rule: 3,
  bodyGap: 28,
  /** Between columns, and between a row of figures and the text under it. */
  columnGap: 48,
  /** Between blocks stacked in one column. */
  stackGap: 24,
  /** Between figure cards, and between a topic's name and its cards. */
  cardGap: 24,
  topicGap: 8,
  /** The cover and closing slides: a red card inset from the page's edge, and its inner padding. */
  coverInset: 24,
  coverRadius: 6,
  coverPadding: { x: 88, y: 64 },
  coverRule: 4,
  coverRuleGap: 32,
  coverOrgGap: 24,
} as const;

export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}
