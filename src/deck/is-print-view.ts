/**
 * Whether the page was opened as reveal.js's print view (`?print-pdf`). Known before reveal.js
 * starts, so the config can differ for print.
 */
export function isPrintView(search: string = window.location.search): boolean {
  return new URLSearchParams(search).has('print-pdf');
}
