import type { RevealConfig } from 'reveal.js';

/**
 * The print view only lays pages out once and is printed: nothing of the screen is made for it.
 * No arrows, progress bar, cursor timer, transitions, keys or address history.
 */
export const lightPrintConfig: RevealConfig = {
  controls: false,
  progress: false,
  hideInactiveCursor: false,
  transition: 'none',
  backgroundTransition: 'none',
  keyboard: false,
  touch: false,
  hash: false,
  respondToHashChanges: false,
};
