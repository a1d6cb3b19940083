import {
  type ClientMessage,
  closeCodes,
  offeredProtocols,
  parseServerMessage,
  type Role,
  type TalkPosition,
  type TimerAction,
} from '../../talk/protocol.ts';
import { forgetControlToken } from './presenting.ts';
import type { LinkEvents, TalkLink } from './talk-link.ts';

export interface TalkSocketOptions {
  url: string;
  /** The control token; without it the page only follows. */
  token?: string;
  events: LinkEvents;
}

const retryDelaysMs = [250, 500, 1000, 2000, 4000];
/** A socket that has not answered a check within this time is taken as dead (a phone that changed networks). */
const answerWithinMs = 4000;
const checkEveryMs = 15_000;

/**
 * A WebSocket to the presenting server that keeps itself connected: it reconnects with growing
 * delays after a drop, at once when the phone wakes or the network returns, and checks a socket
 * that looks open but may be dead. Every (re)connection starts with a hello and is answered with
 * the current state, so a screen that was away catches up.
 */
export class TalkSocket implements TalkLink {
  private socket: WebSocket | undefined;
  private role: Role | undefined;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private answerTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly checkTimer: ReturnType<typeof setInterval>;
  private closed = false;
  private refused = false;

  constructor(private readonly options: TalkSocketOptions) {
    document.addEventListener('visibilitychange', this.onWake);
    window.addEventListener('online', this.onWake);
    window.addEventListener('pageshow', this.onWake);
    this.checkTimer = setInterval(() => {
      if (document.visibilityState === 'visible') this.check();
    }, checkEveryMs);
    this.open();
  }

  go(position: TalkPosition): void {
    this.send({ type: 'go', position });
  }

  blackout(on: boolean): void {
    this.send({ type: 'blackout', on });
  }

  timer(action: TimerAction): void {
    this.send({ type: 'timer', action });
  }

  close(): void {
    this.closed = true;
    clearInterval(this.checkTimer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.answerTimer);
    document.removeEventListener('visibilitychange', this.onWake);
    window.removeEventListener('online', this.onWake);
    window.removeEventListener('pageshow', this.onWake);
    this.socket?.close();
  }

  private open(): void {
    if (this.closed || this.refused) return;
    clearTimeout(this.retryTimer);
    this.options.events.status(this.attempts === 0 ? 'connecting' : 'reconnecting', this.role);
    let socket: WebSocket;
    try {
      // The key goes in the handshake too: the server keeps the presenter's screens a slot (see offeredProtocols).
      socket = new WebSocket(this.options.url, offeredProtocols(this.options.token));
    } catch {
      this.retry();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => this.sendOn(socket, this.hello()));
    socket.addEventListener('message', (event) => {
      if (socket !== this.socket || typeof event.data !== 'string') return;
      clearTimeout(this.answerTimer);
      this.receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (socket !== this.socket) return;
      this.socket = undefined;
      clearTimeout(this.answerTimer);
      if (event.code === closeCodes.wrongToken) {
        this.refuse();
        return;
      }
      this.retry();
    });
  }

  private receive(data: string): void {
    const message = parseServerMessage(data);
    if (!message) return;
    const receivedAt = performance.now();
    switch (message.type) {
      case 'welcome':
        this.attempts = 0;
        this.role = message.role;
        this.options.events.status('connected', message.role);
        if (message.invite) this.options.events.invite?.(message.invite);
        if (message.hints) this.options.events.hints?.(message.hints);
        this.options.events.state(message.state, receivedAt);
        break;
      case 'state':
        this.options.events.state(message.state, receivedAt);
        break;
      case 'refused':
        if (message.reason === 'token') this.refuse();
        break;
    }
  }

  /** A wrong token: no more tries, and a reload of the page follows instead of trying it again. */
  private refuse(): void {
    if (this.refused) return;
    this.refused = true;
    forgetControlToken();
    this.options.events.status('refused', undefined);
  }

  private retry(): void {
    if (this.closed || this.refused) return;
    this.options.events.status('reconnecting', this.role);
    const delay = retryDelaysMs[Math.min(this.attempts, retryDelaysMs.length - 1)] ?? 4000;
    this.attempts++;
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  /** Asks for the state again; a socket that does not answer in time is dropped and replaced. */
  private check(): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    clearTimeout(this.answerTimer);
    this.answerTimer = setTimeout(() => {
      if (socket === this.socket) {
        this.socket = undefined;
        socket.close();
        this.retry();
      }
    }, answerWithinMs);
    this.sendOn(socket, this.hello());
  }

  private readonly onWake = (): void => {
    if (document.visibilityState !== 'visible' || this.closed) return;
    if (this.socket?.readyState === WebSocket.OPEN) this.check();
    else if (!this.socket || this.socket.readyState === WebSocket.CLOSED) {
      this.attempts = Math.min(this.attempts, 1);
      this.open();
    }
  };

  private hello(): ClientMessage {
    return this.options.token ? { type: 'hello', token: this.options.token } : { type: 'hello' };
  }

  private send(message: ClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.sendOn(this.socket, message);
  }

  private sendOn(socket: WebSocket, message: ClientMessage): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }
}
