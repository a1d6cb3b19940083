/**
 * `npm run present` serves the deck with `<meta name="deck-presenting" content="/talk">`: the
 * page then joins the talk over a WebSocket on the same origin. The published site and the
 * offline file have no such meta, and never open a socket.
 */
export const presentingMetaName = 'deck-presenting';

/** The fragment parameter that carries the control token: `#token=…`, never sent to the server. */
export const tokenParameter = 'token';
const storageKey = 'deck-talk-token';

/** The socket's address when the page is served by `npm run present`, else undefined. */
export function presentingSocketUrl(doc: Document = document): string | undefined {
  const path = doc.querySelector<HTMLMetaElement>(`meta[name="${presentingMetaName}"]`)?.content;
  if (!path?.startsWith('/') || !/^https?:$/.test(window.location.protocol)) return undefined;
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}${path}`;
}

/**
 * The control token from the address's fragment, taken out of the address bar at once (so it is not
 * bookmarked, shared or shown), and kept for this tab so that a reload still controls.
 */
export function takeControlToken(): string | undefined {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromAddress = fragment.get(tokenParameter) ?? undefined;
  if (fromAddress) {
    history.replaceState(history.state, '', window.location.href.replace(/#.*$/, ''));
    try {
      sessionStorage.setItem(storageKey, fromAddress);
    } catch {
      // Storage may be off; the key still works until the page is reloaded.
    }
    return fromAddress;
  }
  try {
    return sessionStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Forgets a token the server refused, so that a reload does not try it again. */
export function forgetControlToken(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
}
