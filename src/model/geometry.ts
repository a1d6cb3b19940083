import { lineHeights, typeScale } from './typography.ts';

/** The slide's design size in CSS pixels: every output lays the deck out at this 16:9 size. */
export const slideGeometry = { width: 1280, height: 720 } as const;

/** CSS pixels per inch: a 1280 px slide is 13.333 in wide, and 1 px is 0.75 pt. */
export const pixelsPerInch = 96;

export const slideAspectRatio = slideGeometry.width / slideGeometry.height;

/**
 * The frame of a content slide, in CSS pixels at the design size: margins of about 5.6 % at the
 * sides, the section label and title well clear of the top edge, a gold rule under the title, the
 * body under it, and the slide number in the bottom margin, where it never meets the content.
 */
export const slideFrame = {
  marginX: 72,
  marginTop: 40,
  marginBottom: 56,
  labelGap: 6,
  ruleGap: 14,
  rule: 3,
  bodyGap: 28,
  columnGap: 48,
  /** The cover and closing slides: the red panel's inner padding. */
  panelPadding: { x: 88, y: 64 },
} as const;

export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SlideRegions {
  /** The section label and the title, bottom-aligned above the rule. */
  header: Region;
  ruleY: number;
  body: Region;
  number: Region;
}

/** Where a content slide's parts go, for a title of `titleLines` lines. */
export function slideRegions(titleLines: number): SlideRegions {
  const { width, height } = slideGeometry;
  const f = slideFrame;
  const contentWidth = width - 2 * f.marginX;
  const headerHeight =
    typeScale.sectionLabel * lineHeights.label + f.labelGap + Math.max(1, titleLines) * typeScale.title * lineHeights.title;
  const ruleY = f.marginTop + headerHeight + f.ruleGap;
  const bodyTop = ruleY + f.rule + f.bodyGap;
  const bodyBottom = height - f.marginBottom;
  const numberHeight = typeScale.slideNumber * 1.6;
  return {
    header: { x: f.marginX, y: f.marginTop, w: contentWidth, h: headerHeight },
    ruleY,
    body: { x: f.marginX, y: bodyTop, w: contentWidth, h: bodyBottom - bodyTop },
    number: { x: f.marginX, y: bodyBottom + (f.marginBottom - numberHeight) / 2, w: contentWidth, h: numberHeight },
  };
}
