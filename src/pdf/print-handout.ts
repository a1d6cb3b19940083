import type { Page } from 'puppeteer';
import type { Deck, Section, Slide } from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import type { HandoutPerPage } from '../model/output-files.ts';
import { handoutContent, pixelsToMillimetres } from './handout-layout.ts';
import { type NotesBlockSize, paginateNotes } from './paginate-notes.ts';
import { type HandoutPagePlan, type HandoutSlide, notesGap, renderHandoutPages, renderNotesForMeasuring } from './render-handout.ts';

/** Where the browser put a slot: the handout page, the slides' PDF page to draw there, and the box in millimetres from the page's top left. */
export interface HandoutSlot {
  pageIndex: number;
  printedPage: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PrintedHandout {
  pdf: Uint8Array;
  slots: HandoutSlot[];
  /** The slides on each handout page, by id, for the bookmarks. */
  pageSlideIds: string[][];
}

/**
 * Replaces the print view in the open page with the handout's pages, laid out for `perPage`, and
 * prints them. The notes handout is paginated from the browser's own measure of each slide's notes.
 * The deck's stylesheets and loaded fonts stay; reveal.js's own print styles are dropped.
 */
export async function printHandout(
  page: Page,
  context: DeckContext,
  perPage: HandoutPerPage,
  pageSlideIds: readonly string[],
  timeoutMs: number,
): Promise<PrintedHandout> {
  const slides = handoutSlides(context.deck, pageSlideIds);
  let plans: HandoutPagePlan[];
  if (perPage === 1) {
    await showMarkup(page, renderNotesForMeasuring(slides, context));
    const sizes = await measureNotesBlocks(page);
    plans = paginateNotes(sizes, handoutContent.height, notesGap).map((placements) => ({
      kind: 'notes',
      placements: placements.map((placement) => ({ ...placement, slide: slides[placement.block] as HandoutSlide })),
    }));
  } else {
    plans = [];
    for (let start = 0; start < slides.length; start += perPage) plans.push({ kind: 'grid', slides: slides.slice(start, start + perPage) });
  }
  await showMarkup(page, renderHandoutPages(context, perPage, plans));
  const slots = await readSlots(page);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
  const ids: string[][] = plans.map(() => []);
  for (const slot of slots) ids[slot.pageIndex]?.push(pageSlideIds[slot.printedPage] ?? '');
  plans.forEach((plan, index) => {
    // A page that continues a slide's notes has no slot, but still belongs to that slide.
    if (plan.kind === 'notes' && ids[index]?.length === 0)
      ids[index]?.push(...plan.placements.map((placement) => placement.slide.slide.id));
  });
  return { pdf, slots, pageSlideIds: ids };
}

function handoutSlides(deck: Deck, pageSlideIds: readonly string[]): HandoutSlide[] {
  const slides = new Map<string, { slide: Slide; section: Section }>();
  for (const section of deck.sections) for (const slide of section.slides) slides.set(slide.id, { slide, section });
  return pageSlideIds.flatMap((id, printedPage) => {
    const found = slides.get(id);
    return found ? [{ printedPage, ...found }] : [];
  });
}

async function showMarkup(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    for (const style of document.querySelectorAll('style')) style.remove();
    document.documentElement.removeAttribute('class');
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('class');
    document.body.removeAttribute('style');
    // The site's Content-Security-Policy refuses inline <style> elements; a constructed
    // stylesheet is CSSOM, which the policy does not govern. Earlier handout sheets are dropped.
    const template = document.createElement('template');
    template.innerHTML = markup;
    const sheets = [...template.content.querySelectorAll('style')].map((style) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(style.textContent ?? '');
      style.remove();
      return sheet;
    });
    const own = document.adoptedStyleSheets.filter((sheet) => !(sheet as CSSStyleSheet & { handout?: boolean }).handout);
    for (const sheet of sheets) Object.assign(sheet, { handout: true });
    document.adoptedStyleSheets = [...own, ...sheets];
    document.body.replaceChildren(template.content);
  }, html);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Each slide's measured parts, in millimetres: its title and slot, and each paragraph of notes with the space after it. */
async function measureNotesBlocks(page: Page): Promise<NotesBlockSize[]> {
  const pixels = await page.$$eval('.handout-measure .handout-block', (blocks) =>
    blocks.map((block) => {
      const top = block.getBoundingClientRect().top;
      const bottom = block.getBoundingClientRect().bottom;
      const notes = [...block.querySelectorAll('.handout-note')].map((note) => note.getBoundingClientRect().top);
      const slot = block.querySelector('.handout-slot')?.getBoundingClientRect().top ?? bottom;
      const edges = [...notes, bottom];
      return {
        head: (notes[0] ?? bottom) - top,
        title: slot - top,
        notes: notes.map((start, index) => (edges[index + 1] ?? bottom) - start),
      };
    }),
  );
  return pixels.map((block) => ({
    head: pixelsToMillimetres(block.head),
    title: pixelsToMillimetres(block.title),
    notes: block.notes.map(pixelsToMillimetres),
  }));
}

async function readSlots(page: Page): Promise<HandoutSlot[]> {
  const pixels = await page.$$eval('.handout-page', (pages) =>
    pages.flatMap((handoutPage, pageIndex) => {
      const origin = handoutPage.getBoundingClientRect();
      return [...handoutPage.querySelectorAll<HTMLElement>('.handout-slot')].map((slot) => {
        const box = slot.getBoundingClientRect();
        return {
          pageIndex,
          printedPage: Number(slot.dataset.printPage),
          x: box.x - origin.x,
          y: box.y - origin.y,
          width: box.width,
          height: box.height,
        };
      });
    }),
  );
  return pixels.map((slot) => ({
    ...slot,
    x: pixelsToMillimetres(slot.x),
    y: pixelsToMillimetres(slot.y),
    width: pixelsToMillimetres(slot.width),
    height: pixelsToMillimetres(slot.height),
  }));
}
