import { DeckError } from '../base/errors.ts';
import { commandMessage } from '../model/command-messages.ts';
import type { Deck } from '../model/deck.ts';

/** A bookmark: its title, the 0-based page it opens, and any bookmarks under it. */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
  children: OutlineEntry[];
}

/**
 * One bookmark per section, with its slides' titles under it, each opening the first page
 * that shows the slide. `pageSlideIds` is the slide id printed on each page, in order (or, for a
 * handout with several slides a page, the ids on each page).
 */
export function buildPdfOutline(deck: Deck, pageSlideIds: readonly (string | readonly string[])[]): OutlineEntry[] {
  const firstPage = new Map<string, number>();
  pageSlideIds.forEach((ids, index) => {
    for (const id of typeof ids === 'string' ? [ids] : ids) if (!firstPage.has(id)) firstPage.set(id, index);
  });
  return deck.sections.map((section) => {
    const children = section.slides.map((slide) => {
      const pageIndex = firstPage.get(slide.id);
      if (pageIndex === undefined) {
        throw new DeckError('noBuild', commandMessage('noPageForSlide', { title: slide.title }));
      }
      return { title: slide.title, pageIndex, children: [] };
    });
    return { title: section.title, pageIndex: children[0]?.pageIndex ?? 0, children };
  });
}
