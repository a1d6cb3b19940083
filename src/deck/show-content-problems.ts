/**
 * In the dev server, a page with content problems lists them in `pre.content-error`, exactly as
 * the build prints them. This shows that list in Vite's error overlay, without the overlay's hints
 * for programmers (how to turn it off in vite.config.ts): the reader is the person editing slides/.
 */
export function showContentProblems(): void {
  const list = document.querySelector<HTMLElement>('pre.content-error');
  const problems = list?.textContent;
  const Overlay = customElements.get('vite-error-overlay');
  if (!problems || !Overlay) return;
  const overlay = new Overlay({ message: problems, stack: '' });
  const tip = overlay.shadowRoot?.querySelector('.tip');
  // The words are the Locale's, rendered with the list (src/site/deck-plugin.ts).
  if (tip) tip.textContent = list?.dataset.tip ?? '';
  document.body.append(overlay);
}
