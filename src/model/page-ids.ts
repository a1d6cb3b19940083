/** The <template> that holds the speaker console's and the remote's markup (src/html/render-speaker-ui.ts). */
export const speakerUiTemplateId = 'speaker-ui';

/**
 * Element ids the deck's pages use for themselves (the speaker console's template; reveal.js's
 * speaker view had the others). A slide's id is its deep link (`#/tinh-hinh`) and reveal.js opens
 * the element with that id: a slide must never take one of these, nor the id of another element
 * on the page, such as a chart.
 */
export const reservedPageIds: readonly string[] = [
  speakerUiTemplateId,
  'connection-status',
  'current-slide',
  'upcoming-slide',
  'speaker-controls',
  'speaker-layout',
];
