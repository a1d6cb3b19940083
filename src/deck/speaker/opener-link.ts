import type { TalkPosition, TimerAction } from '../../talk/protocol.ts';
import { applyTimerAction, idleTimer, startTimerIfIdle, type TalkTimer, timerSnapshot } from '../../talk/talk-timer.ts';
import type { LinkEvents, TalkLink } from './talk-link.ts';
import { deckTargetOrigin, fromSameDeck, readToConsole, type ToDeck, windowNamespace } from './window-messages.ts';

const helloEveryMs = 1000;
/** No answer from the deck window for this long: it was closed or went elsewhere. */
const lostAfterMs = 3000;

/**
 * The console opened with S, linked to the deck window that opened it by postMessage. The deck
 * window reports each move; the console sends moves back. The talk's clock lives here, and starts
 * at the first move. A hello every second lets a reloaded deck window find its console again.
 */
export class OpenerLink implements TalkLink {
  private clock: TalkTimer = idleTimer;
  private position: TalkPosition | undefined;
  private blackoutOn = false;
  private lastHeard = Number.NEGATIVE_INFINITY;
  private connected = false;
  private readonly helloTimer: ReturnType<typeof setInterval>;

  constructor(
    private readonly deckWindow: Window,
    private readonly events: LinkEvents,
  ) {
    window.addEventListener('message', this.onMessage);
    this.events.status('connecting', 'control');
    this.helloTimer = setInterval(() => {
      this.post({ namespace: windowNamespace, type: 'hello' });
      if (this.connected && performance.now() - this.lastHeard > lostAfterMs) {
        this.connected = false;
        this.events.status('noDeck', undefined);
      }
    }, helloEveryMs);
    this.post({ namespace: windowNamespace, type: 'hello' });
  }

  go(position: TalkPosition): void {
    this.post({ namespace: windowNamespace, type: 'go', position });
  }

  blackout(on: boolean): void {
    this.post({ namespace: windowNamespace, type: 'blackout', on });
  }

  timer(action: TimerAction): void {
    this.clock = applyTimerAction(this.clock, action, performance.now());
    this.emit();
  }

  close(): void {
    clearInterval(this.helloTimer);
    window.removeEventListener('message', this.onMessage);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source !== this.deckWindow || !fromSameDeck(event)) return;
    const message = readToConsole(event.data);
    if (!message) return;
    this.lastHeard = performance.now();
    if (!this.connected) {
      this.connected = true;
      this.events.status('connected', 'control');
    }
    const moved = this.position !== undefined && (this.position.h !== message.position.h || this.position.f !== message.position.f);
    if (moved) this.clock = startTimerIfIdle(this.clock, performance.now());
    const changed = moved || this.position === undefined || this.blackoutOn !== message.blackout;
    this.position = message.position;
    this.blackoutOn = message.blackout;
    if (changed) this.emit();
  };

  private emit(): void {
    if (!this.position) return;
    const now = performance.now();
    this.events.state({ position: this.position, blackout: this.blackoutOn, timer: timerSnapshot(this.clock, now) }, now);
  }

  private post(message: ToDeck): void {
    if (this.deckWindow.closed) {
      if (this.connected || this.lastHeard === Number.NEGATIVE_INFINITY) this.events.status('noDeck', undefined);
      this.connected = false;
      return;
    }
    this.deckWindow.postMessage(message, deckTargetOrigin());
  }
}
