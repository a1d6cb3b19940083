import type Reveal from 'reveal.js';
import { ConsoleBridge } from './console-bridge.ts';
import { presentingSocketUrl, takeControlToken } from './presenting.ts';
import { readSpeakerUi } from './speaker-ui.ts';
import { windowNamespace } from './window-messages.ts';

type RevealDeck = InstanceType<typeof Reveal>;

/**
 * Takes the control token out of the address before reveal.js reads the fragment as a slide
 * address. Only under `npm run present`: elsewhere a page has no use for a token.
 */
export function takeTokenIfPresenting(): string | undefined {
  return presentingSocketUrl() ? takeControlToken() : undefined;
}

/** The deck window's speaker features: S opens the console; under `npm run present`, the page follows the talk. */
export async function bindSpeaker(deck: RevealDeck, token: string | undefined): Promise<void> {
  new ConsoleBridge(deck).bind(readSpeakerUi().strings.openConsoleKey);
  const socketUrl = presentingSocketUrl();
  if (!socketUrl) return;
  // Loaded only under `npm run present`: the published site never opens a socket.
  const { followTalk } = await import('./follow-talk.ts');
  followTalk(deck, { socketUrl, token });
}

/** A preview inside the console tells the console it can be moved now. */
export function announcePreviewReady(): void {
  if (window.parent !== window) window.parent.postMessage({ namespace: windowNamespace, type: 'preview-ready' }, '*');
}
