/**
 * Keeps a phone's screen on while the remote is open, with the Screen Wake Lock API where the
 * browser has it. Browsers release the lock when the page is hidden, so it is asked for again
 * when the page comes back. Returns false when the API is missing: browsers offer it only in a
 * secure context (https or localhost), so a phone on the meeting room's network usually has none.
 */
export function keepScreenOn(): boolean {
  const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<unknown> } }).wakeLock;
  if (!wakeLock) return false;
  const request = (): void => {
    if (document.visibilityState === 'visible') wakeLock.request('screen').catch(() => undefined);
  };
  document.addEventListener('visibilitychange', request);
  // Some browsers grant the lock only after a tap.
  document.addEventListener('pointerdown', request, { once: true });
  request();
  return true;
}
