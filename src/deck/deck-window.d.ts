import type Reveal from 'reveal.js';

/*
 * What the deck puts on `window`. The Node side reads it too, in the callbacks puppeteer runs in
 * the page (exporters, tests), so tsconfig.node.json includes this file.
 */
declare global {
  interface Window {
    /** decktape and the exporters look for the deck here. */
    Reveal?: InstanceType<typeof Reveal>;
  }
}
