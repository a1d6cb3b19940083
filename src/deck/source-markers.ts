/**
 * The source markers of the slides (src/html/render-source-markers.ts): a marker is a disclosure
 * button that shows its panel with the cited sentences. Keys that activate or close a marker are kept
 * from reveal.js, which would otherwise also move the slides (Space) or open the overview (Escape).
 */
export class SourceMarkers {
  constructor(private readonly root: HTMLElement) {}

  bind(): void {
    this.root.addEventListener('click', this.onClick);
    this.root.addEventListener('keydown', this.onKeyDown);
  }

  /** Closes every open panel, such as when the slide changes. */
  closeAll(): void {
    for (const marker of this.root.querySelectorAll<HTMLButtonElement>('.source-marker[aria-expanded="true"]')) this.toggle(marker, false);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const marker = target?.closest<HTMLButtonElement>('.source-marker');
    if (marker) {
      this.toggle(marker, marker.getAttribute('aria-expanded') !== 'true');
      return;
    }
    const close = target?.closest('.source-note__close');
    if (close) this.closePanel(close.closest<HTMLElement>('.source-note'));
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const inMarker = target?.closest('.source-marker, .source-note');
    if (!inMarker) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      const panel = target?.closest<HTMLElement>('.source-note');
      if (panel) this.closePanel(panel);
      else if (target instanceof HTMLButtonElement) this.toggle(target, false);
      return;
    }
    // The button's own activation keys; reveal.js must not also act on them.
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  };

  private closePanel(panel: HTMLElement | null): void {
    if (!panel) return;
    const marker = this.root.querySelector<HTMLButtonElement>(`.source-marker[aria-controls="${CSS.escape(panel.id)}"]`);
    if (marker) {
      this.toggle(marker, false);
      marker.focus();
    }
  }

  private toggle(marker: HTMLButtonElement, open: boolean): void {
    if (open) this.closeAll();
    const panel = document.getElementById(marker.getAttribute('aria-controls') ?? '');
    marker.setAttribute('aria-expanded', String(open));
    if (panel) panel.hidden = !open;
  }
}
