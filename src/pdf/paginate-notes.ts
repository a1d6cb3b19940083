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
