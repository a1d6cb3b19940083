/** A slide of the notes handout, measured by the browser (millimetres). */
export interface NotesBlockSize {
  /** The slide's title line and its slide. */
  head: number;
  /** The title line alone, for a block continued on the next page. */
  title: number;
  /** Each paragraph of notes, with the space after it. */
  notes: number[];
}

/** One slide's part on a page: its notes from `from` to `to` (exclusive); `continued` when its slide was on an earlier page. */
export interface NotesPlacement {
  block: number;
  from: number;
  to: number;
  continued: boolean;
}

/**
 * Fills pages with slides and their notes in order: a slide goes on the current page if it fits with
 * all its notes, else it starts the next page. Notes too long for any page run on to the next one,
 * under the slide's title marked as continued. Short notes thus put two slides on a page.
 */
export function paginateNotes(blocks: readonly NotesBlockSize[], pageHeight: number, gap: number): NotesPlacement[][] {
  const pages: NotesPlacement[][] = [];
  let page: NotesPlacement[] = [];
  let used = 0;
  const newPage = (): void => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  blocks.forEach((block, index) => {
    const count = block.notes.length;
    const whole = block.head + block.notes.reduce((sum, note) => sum + note, 0);
    if (page.length > 0 && used + gap + whole > pageHeight) newPage();
    let from = 0;
    let continued = false;
    let height = (page.length > 0 ? gap : 0) + block.head;
    for (;;) {
      let to = from;
      while (to < count && used + height + (block.notes[to] ?? 0) <= pageHeight) {
        height += block.notes[to] ?? 0;
        to += 1;
      }
      // A paragraph taller than a whole page still goes somewhere: on a page of its own, after its slide.
      if (to === from && to < count && continued && page.length === 0) {
        height += block.notes[to] ?? 0;
        to += 1;
      }
      page.push({ block: index, from, to, continued });
      used += height;
      if (to >= count) break;
      newPage();
      from = to;
      continued = true;
      height = block.title;
    }
  });
  newPage();
  return pages;
}

/** The slide's box on the notes handout: its height as measured, and the tallest it may grow to. */
export interface NotesSlot {
  height: number;
  maxHeight: number;
}

/**
 * How tall each page's slides are drawn, so that the page is filled: the room a page leaves under
 * its slides and notes is shared out among the slides drawn on it, each growing up to the largest
 * slot. Slides measured small fit two to a page more often; grown, they fill what is left.
 */
export function fillNotesPages(
  blocks: readonly NotesBlockSize[],
  pages: readonly NotesPlacement[][],
  pageHeight: number,
  gap: number,
  slot: NotesSlot,
): number[] {
  return pages.map((page) => {
    const used = page.reduce((sum, placement, index) => {
      const block = blocks[placement.block];
      if (!block) return sum;
      const notes = block.notes.slice(placement.from, placement.to).reduce((total, note) => total + note, 0);
      return sum + (index > 0 ? gap : 0) + (placement.continued ? block.title : block.head) + notes;
    }, 0);
    const drawn = page.filter((placement) => !placement.continued).length;
    if (drawn === 0) return slot.height;
    return Math.min(slot.maxHeight, slot.height + Math.max(0, pageHeight - used) / drawn);
  });
}
