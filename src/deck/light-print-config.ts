import type { RevealConfig } from 'reveal.js';

/**
 * The print view only lays pages out once and is printed: nothing of the screen is made for it.
 * No arrows, progress bar, black-screen overlay, cursor timer, transitions, keys or touch, and
 * no address history.
 */
export const lightPrintConfig: RevealConfig = {
  controls: false,
  progress: false,
  pause: false,
  jumpToSlide: false,
  hideInactiveCursor: false,
  transition: 'none',
  backgroundTransition: 'none',
  autoAnimate: false,
  keyboard: false,
  touch: false,
  overview: false,
  help: false,
  previewLinks: false,
  hash: false,
  history: false,
  respondToHashChanges: false,
};
