import { escapeHtml } from '../html/escape-html.ts';
import type { Deck, Section, Slide } from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { slideGeometry } from '../model/geometry.ts';
import type { Locale } from '../model/locale.ts';
import type { HandoutPerPage } from '../model/output-files.ts';
import { type QuantityVocabulary, withKeptRanges } from '../model/quantity.ts';
import { handoutContent, handoutSlideWidth, handoutLayout as layout, millimetresToPixels, slideHeightFor } from './handout-layout.ts';
import type { NotesPlacement } from './paginate-notes.ts';

/** A printed slide page as the handout shows it: its index in the slides' PDF, and its slide. */
export interface HandoutSlide {
  printedPage: number;
  slide: Slide;
  section: Section;
}

/** What one handout page holds: slides with (parts of) their notes, or a grid of slides. */
export type HandoutPagePlan =
  | {
      kind: 'notes';
      placements: (NotesPlacement & { slide: HandoutSlide })[];
      /** Its slides' width, in millimetres. */
      slotWidth: number;
    }
  | { kind: 'grid'; slides: HandoutSlide[] };

/** Lines for the reader's own notes beside each slide of the 3-per-page handout. */
const ruledLines = 8;

/**
 * The handout's A4 pages as HTML, printed by the browser: a header with the meeting's name, the
 * content with a slot (`data-print-page`) into which the printer moves each slide's print page,
 * scaled, and a footer with "Trang X / Y". The deck's own font is used; the `<style>` is adopted
 * by the printer. What repeats on every page (header, footer, the slides' captions, the ruled
 * lines) is hidden from assistive technology: the tags hold each slide, then its notes.
 */
export function renderHandoutPages(
  { deck, locale, vocabulary }: DeckContext,
  perPage: HandoutPerPage,
  pages: readonly HandoutPagePlan[],
): string {
  const header = `<header class="handout-page__header" aria-hidden="true"><span class="handout-page__meeting">${escapeHtml(meetingName(deck))}</span>${deck.meta.author ? `<span>${escapeHtml(deck.meta.author)}</span>` : ''}</header>`;
  const html = pages.map((plan, index) => {
    const content =
      plan.kind === 'notes'
        ? plan.placements.map((placement) => notesBlock(placement, locale, vocabulary)).join('')
        : gridContent(plan.slides, perPage, locale, vocabulary);
    const pageOf = locale.meetingPack.pageOf.replace('{page}', String(index + 1)).replace('{pages}', String(pages.length));
    const sized = plan.kind === 'notes' ? ` handout-page--sized-${index + 1}` : '';
    return `<article class="handout-page handout-page--${perPage}${sized}">${header}<div class="handout-page__content">${content}</div><footer class="handout-page__footer" aria-hidden="true"><span>${escapeHtml(deck.meta.shortTitle ?? deck.meta.title)}</span><span>${escapeHtml(pageOf)}</span></footer></article>`;
  });
  // The notes handout's slides are as large as each page leaves room for (src/pdf/paginate-notes.ts).
  const sizes = pages.map((plan, index) =>
    plan.kind === 'notes' ? slotCss(`.handout-page--sized-${index + 1} .handout-slot`, plan.slotWidth) : '',
  );
  return `<style>${handoutCss(perPage)}${sizes.join('')}</style>\n${html.join('\n')}`;
}

/** The notes handout's slides, each with all its notes, in one column the content's width: the browser measures them to paginate. */
export function renderNotesForMeasuring(slides: readonly HandoutSlide[], { locale, vocabulary }: DeckContext): string {
  const blocks = slides
    .map((slide) =>
      notesBlock({ block: 0, from: 0, to: handoutParagraphs(slide.slide).length, continued: false, slide }, locale, vocabulary),
    )
    .join('');
  return `<style>${handoutCss(1)}</style><div class="handout-measure">${blocks}</div>`;
}

/** The meeting's name for the header: the deck's subtitle (such as "Hội nghị tổng kết năm 2020"), else its title. */
export function meetingName(deck: Deck): string {
  return deck.meta.subtitle ?? deck.meta.shortTitle ?? deck.meta.title;
}

/** A slide's number and title; its kept phrases, quantities and last two words bound by no-break spaces. */
function caption({ slide, section }: HandoutSlide, withSection: boolean, vocabulary: QuantityVocabulary): string {
  const title = withSection ? `${section.title} · ${slide.title}` : slide.title;
  return `<span class="handout-caption__number">${slide.number}</span> ${escapeHtml(withKeptRanges(title, vocabulary))}`;
}

/** Where a slide's print page goes: a frame of the deck's classes, at the design size, scaled to the slot. */
function slot(slide: HandoutSlide): string {
  return `<div class="handout-slot" data-print-page="${slide.printedPage}" data-slide-id="${escapeHtml(slide.slide.id)}"><div class="handout-slide"><div class="reveal"><div class="slides"></div></div></div></div>`;
}

function notesBlock(placement: NotesPlacement & { slide: HandoutSlide }, locale: Locale, vocabulary: QuantityVocabulary): string {
  const { slide } = placement;
  const title = placement.continued
    ? `<p class="handout-block__title" aria-hidden="true">${caption(slide, true, vocabulary)} ${escapeHtml(locale.meetingPack.continued)}</p>`
    : `<p class="handout-block__title" aria-hidden="true">${caption(slide, true, vocabulary)}</p>${slot(slide)}<p class="handout-block__notes-title">${escapeHtml(locale.strings.notesHeading)}</p>`;
  const notes = handoutParagraphs(slide.slide)
    .slice(placement.from, placement.to)
    .map((paragraph) => {
      const text = escapeHtml(withKeptRanges(paragraph.text, vocabulary));
      if (!paragraph.hint) return `<p class="handout-note">${text}</p>`;
      const label = paragraph.first ? `<span class="handout-note__hint-label">${escapeHtml(locale.strings.hintLabel)}</span>` : '';
      return `<p class="handout-note handout-note--hint">${label}${text}</p>`;
    })
    .join('');
  return `<section class="handout-block">${title}${notes}</section>`;
}

/**
 * A slide's paragraphs on the notes handout, in the order they are paginated: the spoken script,
 * then the presenter hints, which are printed set apart (a tinted box under their label).
 */
export function handoutParagraphs(slide: Pick<Slide, 'notes' | 'hints'>): { text: string; hint: boolean; first: boolean }[] {
  const hints = slide.hints ?? [];
  return [
    ...slide.notes.map((text) => ({ text, hint: false, first: false })),
    ...hints.map((text, index) => ({ text, hint: true, first: index === 0 })),
  ];
}

function gridContent(slides: readonly HandoutSlide[], perPage: HandoutPerPage, locale: Locale, vocabulary: QuantityVocabulary): string {
  if (perPage === 3) {
    const lines = `<div class="handout-lines" aria-hidden="true"><span class="handout-lines__label">${escapeHtml(locale.meetingPack.readerNotes)}</span>${'<span class="handout-lines__line"></span>'.repeat(ruledLines)}</div>`;
    return slides
      .map(
        (slide) =>
          `<div class="handout-row"><div class="handout-row__slide"><p class="handout-caption" aria-hidden="true">${caption(slide, false, vocabulary)}</p>${slot(slide)}</div>${lines}</div>`,
      )
      .join('');
  }
  return slides
    .map(
      (slide) =>
        `<div class="handout-cell">${slot(slide)}<p class="handout-caption" aria-hidden="true">${caption(slide, false, vocabulary)}</p></div>`,
    )
    .join('');
}

function handoutCss(perPage: HandoutPerPage): string {
  const width = handoutSlideWidth[perPage];
  const height = slideHeightFor(width);
  const mm = (value: number): string => `${value.toFixed(2)}mm`;
  return `
@page { size: ${layout.pageWidth}mm ${layout.pageHeight}mm; margin: 0; }
html, body { margin: 0; padding: 0; background: #ffffff; }
body { font-family: var(--deck-font); color: #1b2430; font-size: 10pt; line-height: 1.45; }
.handout-page { position: relative; width: ${layout.pageWidth}mm; height: ${layout.pageHeight}mm; overflow: hidden; break-after: page; }
.handout-page:last-child { break-after: auto; }
.handout-page__header {
  position: absolute; top: ${layout.margin}mm; left: ${layout.margin}mm; right: ${layout.margin}mm; height: ${layout.headerHeight}mm;
  display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm;
  border-bottom: 0.6pt solid #c8a44d; font-size: 9pt; color: #4a5563;
}
.handout-page__meeting { font-weight: 700; color: #9b1c1c; }
.handout-page__content { position: absolute; top: ${handoutContent.top}mm; left: ${layout.margin}mm; width: ${handoutContent.width}mm; height: ${mm(handoutContent.height)}; }
.handout-page__footer {
  position: absolute; bottom: ${layout.margin - 2}mm; left: ${layout.margin}mm; right: ${layout.margin}mm; height: ${layout.footerHeight}mm;
  display: flex; justify-content: space-between; align-items: flex-end; font-size: 8.5pt; color: #4a5563;
}
.handout-caption__number {
  display: inline-block; min-width: 5mm; margin-right: 1.5mm; padding: 0 1mm; border-radius: 1mm;
  background: #1f2f46; color: #ffffff; font-size: 8pt; font-weight: 600; text-align: center;
}
/* Contained, the slot is one unit when pages are cut: laid out at its design size, a slide would otherwise cross the page's edge and lose what falls past it. */
.handout-slot { position: relative; overflow: hidden; contain: strict; outline: 0.75pt solid #c7c7c7; }
.handout-slide { position: absolute; top: 0; left: 0; width: ${slideGeometry.width}px; height: ${slideGeometry.height}px; transform-origin: 0 0; }
${slotCss('.handout-slot', width)}
.handout-slide .reveal .slides .pdf-page { width: ${slideGeometry.width}px; height: ${slideGeometry.height}px; break-after: auto; page-break-after: auto; }
.handout-store { display: none; }
/* Moved into the handout, a slide's points must not fade in again: printed, a fade is caught part-way. */
.handout-slide *, .handout-slide *::before, .handout-slide *::after { transition: none !important; animation: none !important; }
.handout-measure { width: ${handoutContent.width}mm; }
.handout-block { display: flow-root; }
.handout-block + .handout-block { margin-top: ${notesGap}mm; }
.handout-block__title { margin: 0 0 2mm; font-size: 9pt; font-weight: 600; color: #9b1c1c; }
.handout-page--1 .handout-slot { margin: 0 auto; }
.handout-block__notes-title { margin: 3mm 0 1.5mm; font-size: 9pt; font-weight: 700; letter-spacing: 0.03em; color: #1f2f46; }
.handout-note { margin: 0 0 2mm; text-wrap: pretty; }
.handout-note--hint { margin: 0; padding: 1.5mm 3.5mm 2mm; border-left: 1.2mm solid #c8a44d; background: #f6f1e4; font-size: 9.5pt; }
.handout-note--hint + .handout-note--hint { padding-top: 0; }
.handout-note:not(.handout-note--hint) + .handout-note--hint { margin-top: 3mm; }
.handout-note__hint-label { display: block; margin-bottom: 1mm; font-size: 8pt; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: #7a1414; }
.handout-row { display: flex; gap: 7mm; height: ${mm(handoutContent.height / 3)}; }
.handout-row__slide { flex: 0 0 ${mm(width)}; }
.handout-caption { margin: 0 0 1.5mm; font-size: 8.5pt; font-weight: 600; color: #1f2f46; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.handout-lines { flex: 1 1 auto; display: flex; flex-direction: column; padding-top: 1mm; }
.handout-lines__label { font-size: 8pt; color: #4a5563; }
.handout-lines__line { display: block; height: ${mm((height - 4) / ruledLines)}; border-bottom: 0.5pt solid #9aa3ad; }
.handout-page--6 .handout-page__content { display: grid; grid-template-columns: repeat(2, ${mm(width)}); grid-template-rows: repeat(3, 1fr); column-gap: 8mm; }
.handout-cell .handout-caption { margin: 2mm 0 0; }
`;
}

/** A slot `width` millimetres wide, 16:9, its slide laid out at the design size and scaled to fit. */
function slotCss(selector: string, width: number): string {
  const scale = millimetresToPixels(width) / slideGeometry.width;
  return `${selector} { width: ${width.toFixed(2)}mm; height: ${slideHeightFor(width).toFixed(2)}mm; }
${selector} > .handout-slide { transform: scale(${scale.toFixed(6)}); }
`;
}

/** Millimetres between two slides on a page of the notes handout. */
export const notesGap = 8;
