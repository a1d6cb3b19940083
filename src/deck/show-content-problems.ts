/**
 * In the dev server, a page with content problems lists them in `pre.content-error`, exactly as
 * the build prints them. This shows that list in Vite's error overlay, without the overlay's hints
 * for programmers (how to turn it off in vite.config.ts): the reader is the person editing slides/.
 */
export function showContentProblems(): void {
  const problems = document.querySelector('pre.content-error')?.textContent;
  const Overlay = customElements.get('vite-error-overlay');
  if (!problems || !Overlay) return;
  const overlay = new Overlay({ message: problems, stack: '' });
  const tip = overlay.shadowRoot?.querySelector('.tip');
  if (tip) tip.textContent = 'Fix the files in the slides folder and save them: the deck reloads by itself.';
  document.body.append(overlay);
}
