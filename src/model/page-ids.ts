/**
 * Element ids the deck's pages use for themselves (reveal.js's speaker view). A slide's id is its
 * deep link (`#/tinh-hinh`) and reveal.js opens the element with that id: a slide must never take
 * one of these, nor the id of another element on the page, such as a chart.
 */
export const reservedPageIds: readonly string[] = [
  'connection-status',
  'current-slide',
  'upcoming-slide',
  'speaker-controls',
  'speaker-layout',
];
