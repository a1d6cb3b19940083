import type Reveal from 'reveal.js';
import { pageAddress } from '../page-mode.ts';
import { movedEvents, revealPosition } from './reveal-position.ts';
import { deckTargetOrigin, fromSameDeck, readToDeck, type ToConsole, windowNamespace } from './window-messages.ts';

type RevealDeck = InstanceType<typeof Reveal>;

const consoleWindowName = 'deck-speaker-console';

/**
 * The deck window's side of the speaker console: S opens the console in its own window (the same
 * page, `?speaker`: it works from the site, from the offline file and under `npm run present`);
 * every move is reported to it, and its moves are made here.
 */
export class ConsoleBridge {
  private consoleWindow: Window | null = null;

  constructor(private readonly deck: RevealDeck) {}

  bind(description: string): void {
    this.deck.addKeyBinding({ keyCode: 83, key: 'S', description }, () => this.open());
    window.addEventListener('message', this.onMessage);
    for (const name of movedEvents) this.deck.on(name, () => this.report());
  }

  open(): void {
    if (this.consoleWindow && !this.consoleWindow.closed) {
      this.consoleWindow.focus();
      return;
    }
    this.consoleWindow = window.open(`${pageAddress()}?speaker`, consoleWindowName, 'popup,width=1280,height=800');
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const message = readToDeck(event.data);
    if (!message || !fromSameDeck(event) || !isWindow(event.source)) return;
    // A console that outlived a reload of this window finds it again by its hello.
    if (event.source !== this.consoleWindow) {
      if (message.type !== 'hello') return;
      this.consoleWindow = event.source;
    }
    switch (message.type) {
      case 'hello':
        this.report();
        break;
      case 'go':
        this.deck.slide(message.position.h, 0, message.position.f);
        break;
      case 'blackout':
        if (this.deck.isPaused() !== message.on) this.deck.togglePause(message.on);
        break;
    }
  };

  private report(): void {
    if (!this.consoleWindow || this.consoleWindow.closed) return;
    const message: ToConsole = {
      namespace: windowNamespace,
      type: 'position',
      position: revealPosition(this.deck),
      blackout: this.deck.isPaused(),
    };
    this.consoleWindow.postMessage(message, deckTargetOrigin());
  }
}

function isWindow(source: MessageEventSource | null): source is Window {
  return source !== null && typeof (source as Window).postMessage === 'function' && 'closed' in source;
}
