import type Reveal from 'reveal.js';

type RevealDeck = InstanceType<typeof Reveal>;

/**
 * reveal.js marks the deck `role="application"`, which makes screen readers leave reading
 * mode and hides the slides' text structure; the deck is a document to read, so it becomes
 * the page's main landmark, and its arrow buttons plain buttons inside it.
 */
export function setLandmarks(deck: RevealDeck, label: string): void {
  const root = deck.getRevealElement();
  if (!root) return;
  root.setAttribute('role', 'main');
  root.setAttribute('aria-label', label);
  root.querySelector('aside.controls')?.setAttribute('role', 'none');
}
