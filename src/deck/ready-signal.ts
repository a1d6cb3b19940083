/**
 * The deck announces readiness as `data-deck-ready` on <html>: "screen" once reveal.js is
 * ready, fonts are loaded and the current slide's charts are drawn; "print" once the print
 * view is laid out and every chart is drawn. A failure sets `data-deck-error`.
 */
export function signalReady(mode: 'screen' | 'print'): void {
  document.documentElement.dataset.deckReady = mode;
}

export function signalError(error: unknown): void {
  document.documentElement.dataset.deckError = error instanceof Error ? error.message : String(error);
}
