/**
 * Each chart's "show the numbers as a table" button (src/html/render-slides.ts): a disclosure
 * button that shows the chart's data table, the one that describes the chart to a screen reader,
 * in the chart's place. The room view, the slide images and print show the chart whatever the
 * button says (src/theme/meeting-pack.css). Keys that activate the button are kept from
 * reveal.js, which would otherwise also move the slides (Space).
 */
export class ChartTables {
  constructor(private readonly root: HTMLElement) {}

  bind(): void {
    this.root.addEventListener('click', this.onClick);
    this.root.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.chart__show-table') : null;
    if (button) this.toggle(button, button.getAttribute('aria-expanded') !== 'true');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.chart__show-table') : null;
    if (!button) return;
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      event.stopPropagation();
      event.preventDefault();
      this.toggle(button, false);
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  };

  private toggle(button: HTMLButtonElement, open: boolean): void {
    const table = document.getElementById(button.getAttribute('aria-controls') ?? '');
    button.setAttribute('aria-expanded', String(open));
    // Shown, it is a table on the slide like any other text; hidden, it still describes the chart.
    table?.classList.toggle('sr-only', !open);
  }
}
