import { parsePosition, type TalkPosition } from '../../talk/protocol.ts';

/**
 * Messages between the deck window and the speaker console it opened with S. They are objects,
 * not strings, so reveal.js's own postMessage API (JSON strings) never mistakes them for calls.
 */
export const windowNamespace = 'deck-speaker';

export type ToConsole = { namespace: typeof windowNamespace; type: 'position'; position: TalkPosition; blackout: boolean };

export type ToDeck =
  | { namespace: typeof windowNamespace; type: 'hello' }
  | { namespace: typeof windowNamespace; type: 'go'; position: TalkPosition }
  | { namespace: typeof windowNamespace; type: 'blackout'; on: boolean };

/** A slide preview tells the console that its reveal.js is ready to be moved. */
export type FromPreview = { namespace: typeof windowNamespace; type: 'preview-ready' };

export function readToConsole(data: unknown): ToConsole | undefined {
  if (!isOurs(data) || data.type !== 'position' || typeof data.blackout !== 'boolean') return undefined;
  const position = parsePosition(data.position);
  return position ? { namespace: windowNamespace, type: 'position', position, blackout: data.blackout } : undefined;
}

export function readToDeck(data: unknown): ToDeck | undefined {
  if (!isOurs(data)) return undefined;
  if (data.type === 'hello') return { namespace: windowNamespace, type: 'hello' };
  if (data.type === 'blackout' && typeof data.on === 'boolean') return { namespace: windowNamespace, type: 'blackout', on: data.on };
  if (data.type === 'go') {
    const position = parsePosition(data.position);
    return position ? { namespace: windowNamespace, type: 'go', position } : undefined;
  }
  return undefined;
}

export function isPreviewReady(data: unknown): boolean {
  return isOurs(data) && data.type === 'preview-ready';
}

/**
 * Whether a message comes from a page of this deck: the same origin, or, for the offline file,
 * another file:// page (whose origin browsers report as "null").
 */
export function fromSameDeck(event: MessageEvent): boolean {
  if (window.location.protocol === 'file:') return event.origin === 'null' || event.origin === 'file://';
  return event.origin === window.location.origin;
}

/** Where to post to a window of this deck: its origin, or "*" between file:// pages, which have none. */
export function deckTargetOrigin(): string {
  return window.location.protocol === 'file:' ? '*' : window.location.origin;
}

function isOurs(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && (data as { namespace?: unknown }).namespace === windowNamespace;
}
