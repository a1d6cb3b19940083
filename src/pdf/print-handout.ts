import type { Page } from 'puppeteer';
import type { Deck, Section, Slide } from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { slideAspectRatio } from '../model/geometry.ts';
import type { HandoutPerPage } from '../model/output-files.ts';
import { handoutContent, handoutSlideWidth, pixelsToMillimetres, slideHeightFor } from './handout-layout.ts';
import { fillNotesPages, type NotesBlockSize, paginateNotes } from './paginate-notes.ts';
import { type HandoutPagePlan, type HandoutSlide, notesGap, renderHandoutPages, renderNotesForMeasuring } from './render-handout.ts';

export interface PrintedHandout {
  /** Chromium's PDF of the handout's pages, its slides drawn and tagged in them. */
  pdf: Uint8Array;
  /** The slides on each handout page, by id, for the bookmarks. */
  pageSlideIds: string[][];
}

/**
 * Replaces the print view in the open page with the handout's pages, laid out for `perPage`, and
 * prints them. The print view's own slide pages are moved into the handout's slots, scaled, so
 * the handout's slides are the deck's real markup: Chromium draws them as vector shapes and real
 * text, and tags them, so that a screen reader reads each slide's title, text and charts, then its
 * notes. The notes handout is paginated from the browser's own measure of each slide's notes.
 * The deck's stylesheets, print classes and loaded fonts stay; reveal.js's own print page size is
 * overridden by the handout's.
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
    const pages = paginateNotes(sizes, handoutContent.height, notesGap);
    const measured = slideHeightFor(handoutSlideWidth[1]);
    const heights = fillNotesPages(sizes, pages, handoutContent.height, notesGap, {
      height: measured,
      maxHeight: slideHeightFor(handoutContent.width),
    });
    plans = pages.map((placements, index) => ({
      kind: 'notes',
      slotWidth: (heights[index] ?? measured) * slideAspectRatio,
      placements: placements.map((placement) => ({ ...placement, slide: slides[placement.block] as HandoutSlide })),
    }));
  } else {
    plans = [];
    for (let start = 0; start < slides.length; start += perPage) plans.push({ kind: 'grid', slides: slides.slice(start, start + perPage) });
  }
  await showMarkup(page, renderHandoutPages(context, perPage, plans));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
  return { pdf, pageSlideIds: plans.map(slidesOnPage) };
}

/** The slides drawn on a handout page; a page that only continues a slide's notes belongs to that slide. */
function slidesOnPage(plan: HandoutPagePlan): string[] {
  if (plan.kind === 'grid') return plan.slides.map((slide) => slide.slide.id);
  const drawn = plan.placements.filter((placement) => !placement.continued);
  return (drawn.length > 0 ? drawn : plan.placements).map((placement) => placement.slide.slide.id);
}

function handoutSlides(deck: Deck, pageSlideIds: readonly string[]): HandoutSlide[] {
  const slides = new Map<string, { slide: Slide; section: Section }>();
  for (const section of deck.sections) for (const slide of section.slides) slides.set(slide.id, { slide, section });
  return pageSlideIds.flatMap((id, printedPage) => {
    const found = slides.get(id);
    return found ? [{ printedPage, ...found }] : [];
  });
}

/**
 * Shows the handout's markup in place of the page's body. The print view's slide pages are kept
 * aside (numbered in print order, on the first call) and each is moved into the slot that asks for
 * it by `data-print-page`; the ones no slot asks for wait in a hidden store for the next handout.
 */
async function showMarkup(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    let store = document.querySelector<HTMLElement>('.handout-store');
    if (!store) {
      store = document.createElement('div');
      store.className = 'handout-store';
      store.hidden = true;
      document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page').forEach((printed, index) => {
        printed.dataset.printIndex = String(index);
        store?.append(printed);
      });
    }
    for (const printed of document.querySelectorAll('.pdf-page[data-print-index]')) if (!store.contains(printed)) store.append(printed);
    for (const style of document.querySelectorAll('style')) style.remove();
    // The print view's classes stay on <html>: the slides' print styles key on them.
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
    document.body.replaceChildren(template.content, store);
    for (const slot of document.querySelectorAll<HTMLElement>('.handout-slot[data-print-page]')) {
      const printed = store.querySelector(`.pdf-page[data-print-index="${CSS.escape(slot.dataset.printPage ?? '')}"]`);
      const frame = slot.querySelector('.handout-slide .slides');
      if (printed && frame) frame.append(printed);
    }
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
