/**
 * Says that each slide has no background of its own, as none of ours has: reveal.js otherwise asks
 * the browser for the computed colour of every slide's background (its contrast check), which
 * recalculates the page's styles once per slide while the deck starts, in every view.
 */
export function declareSlideBackgrounds(slides: ParentNode): void {
  for (const slide of slides.querySelectorAll<HTMLElement>('section')) {
    const own = [...slide.attributes].some((attribute) => attribute.name.startsWith('data-background'));
    if (!own) slide.dataset.backgroundColor = 'rgba(0, 0, 0, 0)';
  }
}
