import { slideAspectRatio } from '../model/geometry.ts';
import type { HandoutPerPage } from '../model/output-files.ts';

/**
 * Where things sit on a handout page (A4 portrait, in millimetres). The browser lays the page out
 * and prints it, the slides' print pages scaled into their slots, so the numbers here drive the CSS only.
 */
export const handoutLayout = {
  pageWidth: 210,
  pageHeight: 297,
  margin: 14,
  /** The header band: the meeting's name and the author, over a rule. */
  headerHeight: 9,
  /** The footer band: the deck's short title and "Trang X / Y". */
  footerHeight: 7,
  /** Space between the bands and the content. */
  bandGap: 5,
} as const;

/** The content area between the header and the footer. */
export const handoutContent = {
  top: handoutLayout.margin + handoutLayout.headerHeight + handoutLayout.bandGap,
  width: handoutLayout.pageWidth - 2 * handoutLayout.margin,
  height:
    handoutLayout.pageHeight -
    2 * handoutLayout.margin -
    handoutLayout.headerHeight -
    handoutLayout.footerHeight -
    2 * handoutLayout.bandGap,
} as const;

/** Each layout's slide width; heights keep the deck's 16:9. */
export const handoutSlideWidth: Record<HandoutPerPage, number> = {
  /**
   * The notes handout, as measured: small enough that two slides share a page where their notes
   * allow; each page's slides then grow to fill it, up to the content's width (src/pdf/paginate-notes.ts).
   */
  1: 118,
  /** Three down the left, ruled lines for the reader's notes on the right. */
  3: 108,
  /** Two columns of three. */
  6: (handoutContent.width - 8) / 2,
};

export const slideHeightFor = (width: number): number => width / slideAspectRatio;

/** CSS pixels (96 per inch) to millimetres, for what the browser measured. */
export const pixelsToMillimetres = (px: number): number => (px * 25.4) / 96;

/** Millimetres to CSS pixels (96 per inch). */
export const millimetresToPixels = (mm: number): number => (mm * 96) / 25.4;
