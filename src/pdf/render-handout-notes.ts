import { escapeHtml } from '../html/escape-html.ts';
import type { Deck, Section, Slide } from '../model/deck.ts';
import type { Locale } from '../model/locale.ts';
import { handoutLayout as layout } from './handout-layout.ts';

/**
 * The handout's A4 pages, one per printed slide page: an empty slot on top (the slide is
 * drawn there afterwards) and the slide's speaker notes below, in the deck's font.
 */
export function renderHandoutNotes(deck: Deck, locale: Locale, pageSlideIds: readonly string[]): string {
  const slides = new Map<string, { slide: Slide; section: Section }>();
  for (const section of deck.sections) for (const slide of section.slides) slides.set(slide.id, { slide, section });
  const footer = `${deck.meta.shortTitle ?? deck.meta.title} · ${deck.meta.author}`;
  const pages = pageSlideIds.map((id, index) => {
    const found = slides.get(id);
    const heading = found ? `${found.section.title} · ${found.slide.title}` : '';
    const notes = found?.slide.notes ?? [];
    return `<article class="handout-page">
  <div class="handout-page__slot"></div>
  <p class="handout-page__heading">${escapeHtml(heading)}</p>
  <h2 class="handout-page__notes-title">${escapeHtml(locale.strings.notesHeading)}</h2>
  ${notes.map((paragraph) => `<p class="handout-page__note">${escapeHtml(paragraph)}</p>`).join('\n  ')}
  <footer class="handout-page__footer"><span>${escapeHtml(footer)}</span><span>${index + 1}/${pageSlideIds.length}</span></footer>
</article>`;
  });
  return `<style>${handoutCss}</style>\n${pages.join('\n')}`;
}

const handoutCss = `
@page { size: ${layout.pageWidth}mm ${layout.pageHeight}mm; margin: 0; }
html, body { margin: 0; padding: 0; background: #ffffff; }
.handout-page {
  position: relative; box-sizing: border-box; overflow: hidden;
  width: ${layout.pageWidth}mm; height: ${layout.pageHeight}mm;
  padding: ${layout.slideTop}mm ${layout.margin}mm ${layout.margin + 8}mm;
  break-after: page;
  font-family: var(--deck-font, sans-serif); font-size: 11.5pt; line-height: 1.5; color: #1b2430;
}
.handout-page:last-child { break-after: auto; }
.handout-page__slot { height: ${layout.slideHeight}mm; margin-bottom: 7mm; }
.handout-page__heading { margin: 0 0 2mm; font-size: 9pt; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: #9b1c1c; }
.handout-page__notes-title { margin: 0 0 3mm; padding-bottom: 2mm; border-bottom: 0.6pt solid #c8a44d; font-size: 13pt; font-weight: 700; color: #1f2f46; }
.handout-page__note { margin: 0 0 3mm; }
.handout-page__footer {
  position: absolute; left: ${layout.margin}mm; right: ${layout.margin}mm; bottom: ${layout.margin - 6}mm;
  display: flex; justify-content: space-between; font-size: 8.5pt; color: #4a5563;
}
`;
