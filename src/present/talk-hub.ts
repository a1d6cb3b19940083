import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  type ClientMessage,
  closeCodes,
  keyProtocolPrefix,
  parseClientMessage,
  type RemoteInvite,
  type Role,
  type ServerMessage,
  type SlideHints,
  startPosition,
  type TalkPosition,
  type TalkState,
  talkProtocol,
} from '../talk/protocol.ts';
import { applyTimerAction, idleTimer, startTimerIfIdle, type TalkTimer, timerSnapshot } from '../talk/talk-timer.ts';
import type { PresentLimits } from './present-limits.ts';
import { tokensMatch } from './present-token.ts';
import { RateLimiter } from './rate-limiter.ts';
import type { RefusalKind } from './refusals.ts';
import type { TalkSnapshot } from './talk-memory.ts';

export interface TalkHubOptions {
  token: string;
  limits: PresentLimits;
  /** The fragment steps of each slide of the deck served (see deckSteps): a position outside the deck is ignored. */
  steps: readonly number[] | (() => readonly number[]);
  /** Where a stopped talk was, to go on from there (a restart on the same port). */
  resume?: TalkSnapshot;
  /** The remote's address and QR code for a controlling screen that reached the server at `host`. */
  invite(host: string): RemoteInvite;
  /** Called at each socket turned away, with why. */
  onRefused?(kind: RefusalKind): void;
  /** Called after each change of the talk: slide, step, black screen or clock. */
  onChange?(talk: TalkSnapshot): void;
  /** The presenter hints of each slide, for controlling screens only (the console and the remote). */
  hints?: SlideHints;
  now?(): number;
}

export interface TalkHubStats {
  connections: number;
  wrongTokens: number;
  tooFast: number;
  turnedAway: number;
  silent: number;
}

interface Client {
  socket: WebSocket;
  address: string;
  host: string;
  /** Offered the control token in its handshake: it has one of the slots kept for the presenter. */
  keyed: boolean;
  role: Role | undefined;
  limiter: RateLimiter;
  alive: boolean;
  helloTimer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The talk's one state (position, black screen, clock) and every screen connected to it. A
 * screen that says hello with the run's token may change the state; any other screen only
 * receives it. Each change goes to every screen at once.
 *
 * Slots: the screens that offer the token in their handshake (the console, the projector window, the
 * phone) have `controlSlots` of their own; every other socket shares `maxConnections`, at most
 * `maxPerAddress` from one address, and must say hello within `helloWithinMs` or is dropped.
 */
export class TalkHub {
  private readonly wss: WebSocketServer;
  private readonly clients = new Set<Client>();
  private position: TalkPosition = startPosition;
  private blackout = false;
  private timer: TalkTimer = idleTimer;
  private readonly pinger: ReturnType<typeof setInterval>;
  readonly stats: TalkHubStats = { connections: 0, wrongTokens: 0, tooFast: 0, turnedAway: 0, silent: 0 };

  constructor(private readonly options: TalkHubOptions) {
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      maxPayload: options.limits.maxMessageBytes,
      // Answer with the talk's protocol only: a screen's key, offered beside it, is never echoed.
      handleProtocols: (protocols) => (protocols.has(talkProtocol) ? talkProtocol : false),
    });
    this.pinger = setInterval(() => this.ping(), options.limits.pingEveryMs);
    this.pinger.unref();
    const resumed = options.resume;
    if (resumed) {
      if (this.isInDeck(resumed.position)) this.position = resumed.position;
      this.blackout = resumed.blackout;
      this.timer = resumed.timer;
    }
  }

  /** Takes over an HTTP upgrade to the talk's socket, or refuses it when its slots are full. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, host: string): void {
    const address = request.socket.remoteAddress ?? 'unknown';
    const keyed = this.offersToken(request.headers['sec-websocket-protocol']);
    const { limits } = this.options;
    const others = [...this.clients].filter((client) => client.keyed === keyed);
    const full = keyed
      ? others.length >= limits.controlSlots
      : others.length >= limits.maxConnections || others.filter((client) => client.address === address).length >= limits.maxPerAddress;
    if (full) {
      this.stats.turnedAway++;
      this.options.onRefused?.('full');
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, address, host, keyed));
  }

  /** The state as it is now, for a test or a late screen. */
  state(): TalkState {
    return { position: this.position, blackout: this.blackout, timer: timerSnapshot(this.timer, this.now()) };
  }

  /** The state as a restart needs it, the clock with the moment it started. */
  snapshot(): TalkSnapshot {
    return { position: this.position, blackout: this.blackout, timer: this.timer };
  }

  /** Closes every socket, telling each screen the server is going away; waits at most `graceMs` for their goodbyes. */
  async close(graceMs = 1000): Promise<void> {
    clearInterval(this.pinger);
    const sockets = [...this.clients].map((client) => client.socket);
    for (const client of this.clients) clearTimeout(client.helloTimer);
    const closed = sockets.map((socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())));
    for (const socket of sockets) socket.close(closeCodes.stopping, 'server stopping');
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([Promise.all(closed), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    for (const socket of sockets) socket.terminate();
    this.clients.clear();
    this.stats.connections = 0;
    this.wss.close();
  }

  private offersToken(header: string | undefined): boolean {
    const offered = (header ?? '').split(',').map((protocol) => protocol.trim());
    const key = offered.find((protocol) => protocol.startsWith(keyProtocolPrefix))?.slice(keyProtocolPrefix.length);
    return key !== undefined && tokensMatch(this.options.token, key);
  }

  private accept(socket: WebSocket, address: string, host: string, keyed: boolean): void {
    const { limits } = this.options;
    const client: Client = {
      socket,
      address,
      host,
      keyed,
      role: undefined,
      limiter: new RateLimiter(limits.burstMessages, limits.messagesPerSecond, this.now()),
      alive: true,
      helloTimer: undefined,
    };
    // A socket that never says hello only holds a slot: it is dropped once its time is up.
    client.helloTimer = setTimeout(() => {
      if (client.role !== undefined) return;
      this.stats.silent++;
      this.options.onRefused?.('silent');
      socket.close(closeCodes.silent, 'no hello');
      socket.terminate();
      this.drop(client);
    }, limits.helloWithinMs);
    client.helloTimer.unref();
    this.clients.add(client);
    this.stats.connections = this.clients.size;
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data, isBinary) => {
      if (!client.limiter.take(this.now())) {
        this.stats.tooFast++;
        this.options.onRefused?.('tooFast');
        this.send(client, { type: 'refused', reason: 'rate' });
        socket.close(closeCodes.tooFast, 'too many messages');
        return;
      }
      if (isBinary) return;
      const message = parseClientMessage(String(data));
      if (message) this.receive(client, message);
    });
    socket.on('close', () => this.drop(client));
    socket.on('error', () => this.drop(client));
  }

  private receive(client: Client, message: ClientMessage): void {
    if (message.type === 'hello') {
      if (message.token !== undefined && !tokensMatch(this.options.token, message.token)) {
        this.stats.wrongTokens++;
        this.options.onRefused?.('wrongToken');
        this.send(client, { type: 'refused', reason: 'token' });
        client.socket.close(closeCodes.wrongToken, 'wrong token');
        return;
      }
      clearTimeout(client.helloTimer);
      client.role = message.token === undefined ? 'follow' : 'control';
      const control = client.role === 'control';
      const invite = control ? this.options.invite(client.host) : undefined;
      const hints = control ? this.options.hints : undefined;
      this.send(client, { type: 'welcome', role: client.role, state: this.state(), ...(invite && { invite }), ...(hints && { hints }) });
      return;
    }
    // Without the token a screen follows, and nothing it says changes the talk.
    if (client.role !== 'control') return;
    const now = this.now();
    switch (message.type) {
      case 'go':
        // A slide or step the deck does not have ("slide 10000 of 12") is not a place to send the room to.
        if (!this.isInDeck(message.position)) return;
        if (message.position.h === this.position.h && message.position.f === this.position.f) return;
        this.position = message.position;
        this.timer = startTimerIfIdle(this.timer, now);
        break;
      case 'blackout':
        if (message.on === this.blackout) return;
        this.blackout = message.on;
        break;
      case 'timer':
        this.timer = applyTimerAction(this.timer, message.action, now);
        break;
    }
    // Saved before anyone hears of it: what a screen has shown, a restart resumes.
    this.options.onChange?.(this.snapshot());
    this.broadcast();
  }

  private isInDeck(position: TalkPosition): boolean {
    const { steps: known } = this.options;
    const steps = (typeof known === 'function' ? known() : known)[position.h];
    return steps !== undefined && position.f >= -1 && position.f < steps;
  }

  private broadcast(): void {
    const message: ServerMessage = { type: 'state', state: this.state() };
    const text = JSON.stringify(message);
    for (const client of this.clients) {
      if (client.role !== undefined && client.socket.readyState === client.socket.OPEN) client.socket.send(text);
    }
  }

  private send(client: Client, message: ServerMessage): void {
    if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(message));
  }

  private drop(client: Client): void {
    clearTimeout(client.helloTimer);
    this.clients.delete(client);
    this.stats.connections = this.clients.size;
  }

  private ping(): void {
    for (const client of this.clients) {
      if (!client.alive) {
        client.socket.terminate();
        this.drop(client);
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
