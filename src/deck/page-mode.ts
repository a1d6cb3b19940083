/**
 * What this page is, from its address: the deck itself; a slide preview inside the speaker
 * console (`?receiver`, reveal.js's own name for it); the speaker console (`?speaker`); or the
 * phone remote (`?remote`). Known before reveal.js starts.
 */
export type PageMode = 'deck' | 'preview' | 'console' | 'remote';

export function pageMode(search: string = window.location.search): PageMode {
  const query = new URLSearchParams(search);
  if (query.has('receiver')) return 'preview';
  if (query.has('speaker')) return 'console';
  if (query.has('remote')) return 'remote';
  return 'deck';
}

/** This page's address without query or fragment: on file:// too, where `location.origin` is "null". */
export function pageAddress(href: string = window.location.href): string {
  return href.replace(/[?#].*$/, '');
}
