import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  type ClientMessage,
  closeCodes,
  parseClientMessage,
  type RemoteInvite,
  type Role,
  type ServerMessage,
  type SlideHints,
  startPosition,
  type TalkPosition,
  type TalkState,
} from '../talk/protocol.ts';
import { applyTimerAction, idleTimer, startTimerIfIdle, type TalkTimer, timerSnapshot } from '../talk/talk-timer.ts';
import type { PresentLimits } from './present-limits.ts';
import { tokensMatch } from './present-token.ts';
import { RateLimiter } from './rate-limiter.ts';

export interface TalkHubOptions {
  token: string;
  limits: PresentLimits;
  /** The remote's address and QR code for a controlling screen that reached the server at `host`. */
  invite(host: string): RemoteInvite;
  /** Called with the running total each time a wrong token is refused. */
  onWrongToken?(total: number): void;
  /** The presenter hints of each slide, for controlling screens only (the console and the remote). */
  hints?: SlideHints;
  now?(): number;
}

export interface TalkHubStats {
  connections: number;
  wrongTokens: number;
  tooFast: number;
  turnedAway: number;
}

interface Client {
  socket: WebSocket;
  address: string;
  host: string;
  role: Role | undefined;
  limiter: RateLimiter;
  alive: boolean;
}

/**
 * The talk's one state (position, black screen, clock) and every screen connected to it. A
 * screen that says hello with the run's token may change the state; any other screen only
 * receives it. Each change goes to every screen at once.
 */
export class TalkHub {
  private readonly wss: WebSocketServer;
  private readonly clients = new Set<Client>();
  private position: TalkPosition = startPosition;
  private blackout = false;
  private timer: TalkTimer = idleTimer;
  private readonly pinger: ReturnType<typeof setInterval>;
  readonly stats: TalkHubStats = { connections: 0, wrongTokens: 0, tooFast: 0, turnedAway: 0 };

  constructor(private readonly options: TalkHubOptions) {
    this.wss = new WebSocketServer({ noServer: true, clientTracking: false, maxPayload: options.limits.maxMessageBytes });
    this.pinger = setInterval(() => this.ping(), options.limits.pingEveryMs);
    this.pinger.unref();
  }

  /** Takes over an HTTP upgrade to the talk's socket, or refuses it when the server is full. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const address = request.socket.remoteAddress ?? 'unknown';
    const fromAddress = [...this.clients].filter((client) => client.address === address).length;
    const { limits } = this.options;
    if (this.clients.size >= limits.maxConnections || fromAddress >= limits.maxPerAddress) {
      this.stats.turnedAway++;
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, address, request.headers.host ?? ''));
  }

  /** The state as it is now, for a test or a late screen. */
  state(): TalkState {
    return { position: this.position, blackout: this.blackout, timer: timerSnapshot(this.timer, this.now()) };
  }

  /** Closes every socket, telling each screen the server is going away; waits at most `graceMs` for their goodbyes. */
  async close(graceMs = 1000): Promise<void> {
    clearInterval(this.pinger);
    const sockets = [...this.clients].map((client) => client.socket);
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

  private accept(socket: WebSocket, address: string, host: string): void {
    const { limits } = this.options;
    const client: Client = {
      socket,
      address,
      host,
      role: undefined,
      limiter: new RateLimiter(limits.burstMessages, limits.messagesPerSecond, this.now()),
      alive: true,
    };
    this.clients.add(client);
    this.stats.connections = this.clients.size;
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data, isBinary) => {
      if (!client.limiter.take(this.now())) {
        this.stats.tooFast++;
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
        this.options.onWrongToken?.(this.stats.wrongTokens);
        this.send(client, { type: 'refused', reason: 'token' });
        client.socket.close(closeCodes.wrongToken, 'wrong token');
        return;
      }
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
    this.broadcast();
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
