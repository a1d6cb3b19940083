/**
 * What the screens of a talk and the presenting server say to each other over the WebSocket.
 * Both sides parse what they receive with these functions: nothing from the network is trusted
 * as typed.
 */

/** The socket's path on the presenting server; the page learns it from its `deck-presenting` meta. */
export const talkSocketPath = '/talk';

/** The WebSocket subprotocol every screen asks for; the server answers with it. */
export const talkProtocol = 'deck-talk';

/**
 * A controlling screen also offers `deck-key.<token>` as a subprotocol: the server can then tell it
 * at the handshake, before any message, and keep it a slot that a crowd of other sockets cannot take.
 * The token is base64url, whose letters a subprotocol may hold. The server never echoes it.
 */
export const keyProtocolPrefix = 'deck-key.';

/** The subprotocols a screen offers. */
export function offeredProtocols(token: string | undefined): string[] {
  return token ? [talkProtocol, `${keyProtocolPrefix}${token}`] : [talkProtocol];
}

/** Where the talk is: the slide (0-based) and the last fragment shown on it (-1: none). */
export interface TalkPosition {
  h: number;
  f: number;
}

/** The talk's clock as of the moment a message was sent. */
export interface TimerSnapshot {
  elapsedMs: number;
  running: boolean;
}

export interface TalkState {
  position: TalkPosition;
  /** The black screen (reveal.js's pause) is on. */
  blackout: boolean;
  timer: TimerSnapshot;
}

export type TimerAction = 'pause' | 'resume' | 'reset';

export type ClientMessage =
  | { type: 'hello'; token?: string }
  | { type: 'go'; position: TalkPosition }
  | { type: 'blackout'; on: boolean }
  | { type: 'timer'; action: TimerAction };

export type Role = 'control' | 'follow';

/** What a controlling screen needs to show the remote's QR code: the address with its key, drawn as SVG. */
export interface RemoteInvite {
  url: string;
  qrSvg: string;
  audienceUrl: string;
}

export type RefusedReason = 'token' | 'rate' | 'full';

/** The presenter hints of each slide, in order: sent to controlling screens only, never published with the site. */
export type SlideHints = string[][];

export type ServerMessage =
  | { type: 'welcome'; role: Role; state: TalkState; invite?: RemoteInvite; hints?: SlideHints }
  | { type: 'state'; state: TalkState }
  | { type: 'refused'; reason: RefusedReason };

/** Close codes the server uses (4000–4999 are for applications). */
export const closeCodes = { wrongToken: 4001, silent: 4002, tooFast: 4008, full: 4013, stopping: 1001 } as const;

const maxIndex = 10_000;

export const startPosition: TalkPosition = { h: 0, f: -1 };

export function samePosition(a: TalkPosition, b: TalkPosition): boolean {
  return a.h === b.h && a.f === b.f;
}

export function parseClientMessage(raw: string): ClientMessage | undefined {
  const value = parseObject(raw);
  if (!value) return undefined;
  switch (value.type) {
    case 'hello':
      if (value.token === undefined) return { type: 'hello' };
      return typeof value.token === 'string' && value.token.length <= 200 ? { type: 'hello', token: value.token } : undefined;
    case 'go': {
      const position = parsePosition(value.position);
      return position ? { type: 'go', position } : undefined;
    }
    case 'blackout':
      return typeof value.on === 'boolean' ? { type: 'blackout', on: value.on } : undefined;
    case 'timer':
      return value.action === 'pause' || value.action === 'resume' || value.action === 'reset'
        ? { type: 'timer', action: value.action }
        : undefined;
    default:
      return undefined;
  }
}

export function parseServerMessage(raw: string): ServerMessage | undefined {
  const value = parseObject(raw);
  if (!value) return undefined;
  switch (value.type) {
    case 'welcome': {
      const state = parseState(value.state);
      const role = value.role === 'control' || value.role === 'follow' ? value.role : undefined;
      if (!state || !role) return undefined;
      const invite = parseInvite(value.invite);
      const hints = parseHints(value.hints);
      return { type: 'welcome', role, state, ...(invite && { invite }), ...(hints && { hints }) };
    }
    case 'state': {
      const state = parseState(value.state);
      return state ? { type: 'state', state } : undefined;
    }
    case 'refused':
      return value.reason === 'token' || value.reason === 'rate' || value.reason === 'full'
        ? { type: 'refused', reason: value.reason }
        : undefined;
    default:
      return undefined;
  }
}

export function parsePosition(value: unknown): TalkPosition | undefined {
  if (!isRecord(value)) return undefined;
  const { h, f } = value;
  if (!Number.isInteger(h) || !Number.isInteger(f)) return undefined;
  const [slide, fragment] = [h as number, f as number];
  return slide >= 0 && slide < maxIndex && fragment >= -1 && fragment < maxIndex ? { h: slide, f: fragment } : undefined;
}

function parseState(value: unknown): TalkState | undefined {
  if (!isRecord(value) || typeof value.blackout !== 'boolean' || !isRecord(value.timer)) return undefined;
  const position = parsePosition(value.position);
  const { elapsedMs, running } = value.timer;
  if (!position || typeof elapsedMs !== 'number' || !Number.isFinite(elapsedMs) || typeof running !== 'boolean') return undefined;
  return { position, blackout: value.blackout, timer: { elapsedMs, running } };
}

function parseHints(value: unknown): SlideHints | undefined {
  if (!Array.isArray(value) || value.length > maxIndex) return undefined;
  const hints = value.map((slide) => (Array.isArray(slide) ? slide.filter((text): text is string => typeof text === 'string') : []));
  return hints;
}

function parseInvite(value: unknown): RemoteInvite | undefined {
  if (!isRecord(value)) return undefined;
  const { url, qrSvg, audienceUrl } = value;
  return typeof url === 'string' && typeof qrSvg === 'string' && typeof audienceUrl === 'string' ? { url, qrSvg, audienceUrl } : undefined;
}

function parseObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
