import type { PptxSlide } from './pptx-deck.ts';

/**
 * The two layouts the slides are made on, each with its title placeholder: PowerPoint reads a
 * slide's title from it (the slide list, the outline, its accessibility check). A content slide's
 * title is always in the same box; the cover's moves with its number of lines, so its layout gives
 * none and each cover slide keeps its own. refinePptxPackage makes the cover's a centre title.
 */
export const slideMasters = {
  content: { name: 'DECK_CONTENT', placeholder: 'title' },
  cover: { name: 'DECK_COVER', placeholder: 'centre-title' },
} as const;

/** The layout a described slide is made on: the cover's if its title is a centre title. */
export function masterOf(spec: PptxSlide): (typeof slideMasters)[keyof typeof slideMasters] {
  const cover = spec.shapes.some((shape) => shape.kind === 'text' && shape.placeholder === 'centreTitle');
  return cover ? slideMasters.cover : slideMasters.content;
}
