import { slideAspectRatio } from '../model/geometry.ts';

/**
 * Where things sit on a handout page (A4 portrait, in millimetres): the slide on the upper
 * part, its notes below. The notes are printed by the browser around an empty slot, and the
 * slide page is then drawn into that slot, so both sides read these same numbers.
 */
export const handoutLayout = {
  pageWidth: 210,
  pageHeight: 297,
  margin: 16,
  slideTop: 16,
  slideWidth: 178,
  /** The deck's own proportions. */
  slideHeight: 178 / slideAspectRatio,
} as const;

export const millimetresToPoints = (mm: number): number => (mm * 72) / 25.4;
