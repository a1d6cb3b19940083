import { readFileSync, statSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import QRCode from 'qrcode';
import sirv from 'sirv';
import { DeckError } from '../base/errors.ts';
import { commandMessage } from '../model/command-messages.ts';
import { deckFile, parseDeckFile } from '../model/deck-file.ts';
import { deckSteps } from '../model/slide-steps.ts';
import { type SlideHints, talkSocketPath } from '../talk/protocol.ts';
import { isAnyHost, lanAddress, urlHost } from './lan-address.ts';
import { defaultPresentLimits, type PresentLimits } from './present-limits.ts';
import { presentingPage } from './presenting-page.ts';
import { noRefusals, type RefusalCounts, type RefusalKind } from './refusals.ts';
import { TalkHub } from './talk-hub.ts';
import type { TalkSnapshot } from './talk-memory.ts';

export interface PresentServerOptions {
  distDir: string;
  /** Where to listen: "0.0.0.0" (every interface, the room's network) or one address. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The run's control token (see createPresentToken). */
  token: string;
  /**
   * The fragment steps of each slide (see deckSteps), which positions are checked against. By
   * default those of the deck built in `distDir` (its deck.json), read again when a rebuild changes it.
   */
  steps?: readonly number[];
  /** Where a stopped talk was, to go on from there. */
  resume?: TalkSnapshot;
  limits?: Partial<PresentLimits>;
  /** Called at each request or socket turned away, with the counts so far. */
  onRefused?(kind: RefusalKind, counts: RefusalCounts): void;
  /** Called after each change of the talk. */
  onChange?(talk: TalkSnapshot): void;
  /** The presenter hints of each slide: sent to the console and the remote once they show the token. */
  hints?: SlideHints;
}

/** The three addresses of a talk; the console's and the remote's carry the token in their fragment. */
export interface PresentAddresses {
  console: string;
  remote: string;
  audience: string;
}

export interface PresentServer {
  addresses: PresentAddresses;
  /** False when listening on every interface found no network but loopback: only this machine can join. */
  reachableFromRoom: boolean;
  hub: TalkHub;
  refusals: RefusalCounts;
  close(): Promise<void>;
}

/** What goes over the network when something fails: never a path of the laptop, nor a stack. */
const networkMessages = {
  notFound: 'not found',
  method: 'method not allowed',
  host: 'this server answers only to the addresses npm run present printed',
  server: 'the server could not read the deck',
  badAddress: 'bad address',
} as const;

/**
 * Serves a built deck for a talk in the room: the deck (the audience's address), the speaker
 * console (`?speaker`) and the phone remote (`?remote`), and the talk's WebSocket on the same
 * origin (src/present/talk-hub.ts). Only index.html is changed on the way out, to let it join.
 *
 * On a shared network it answers only to the addresses it printed and to loopback (a page of
 * another name, rebound to this laptop by DNS, gets nothing), serves only regular files inside
 * dist/ (no dotfile, no link out of it), and builds each page's Content-Security-Policy from its
 * own list of addresses, never from what a request says.
 */
export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const distDir = path.resolve(options.distDir);
  const indexFile = path.join(distDir, 'index.html');
  const realDist = await realpath(distDir).catch(() => distDir);
  if (!(await isServable(realDist, indexFile, distDir))) {
    throw new DeckError('noBuild', commandMessage('noBuild', { dir: path.relative(process.cwd(), distDir) || distDir }));
  }
  const limits = { ...defaultPresentLimits, ...options.limits };
  const files = sirv(distDir, { dev: true, etag: true, dotfiles: false });
  const refusals = noRefusals();
  const refuse = (kind: RefusalKind): void => {
    refusals[kind]++;
    options.onRefused?.(kind, refusals);
  };

  let remoteUrl = '';
  let remoteQr = '';
  /** Each address the server answers to (lower case, with its port), mapped to itself as the server writes it. */
  let allowedHosts = new Map<string, string>();
  const hub = new TalkHub({
    token: options.token,
    limits,
    steps: options.steps ?? builtSteps(distDir),
    resume: options.resume,
    invite: (host) => ({ url: remoteUrl, qrSvg: remoteQr, audienceUrl: `http://${host}/` }),
    onRefused: refuse,
    onChange: options.onChange,
    hints: options.hints,
  });
  let loopbackPort: number | undefined;
  const knownHost = (header: string | undefined): string | undefined => {
    if (!header) return undefined;
    const known = allowedHosts.get(header.toLowerCase());
    if (known) return known;
    // Any loopback address (127.0.0.0/8) of this machine at the server's port, written again from its numbers.
    const loopback = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3}):(\d{1,5})$/.exec(header);
    if (!loopback || loopbackPort === undefined || Number(loopback[4]) !== loopbackPort) return undefined;
    const octets = loopback.slice(1, 4).map(Number);
    return octets.every((octet) => octet <= 255) ? `127.${octets.join('.')}:${loopbackPort}` : undefined;
  };

  const server = createServer((request, response) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    const host = knownHost(request.headers.host);
    if (!host) {
      refuse('foreignHost');
      return plain(response, 421, networkMessages.host);
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/' || pathname === '/index.html') {
      void servePresentingPage(distDir, realDist, indexFile, host, request, response);
      return;
    }
    const file = decodedPath(pathname);
    if (file === undefined) return plain(response, 400, networkMessages.badAddress);
    void isServable(realDist, path.join(distDir, file), distDir).then(
      (servable) => {
        if (!servable) return plain(response, 404, networkMessages.notFound);
        files(request, response, () => plain(response, 404, networkMessages.notFound));
      },
      () => plain(response, 500, networkMessages.server),
    );
  });
  server.on('upgrade', (request, socket, head) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const host = knownHost(request.headers.host);
    const forbidden = (kind: RefusalKind): void => {
      refuse(kind);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    };
    if (!host) return forbidden('foreignHost');
    // Browsers always send Origin: a page from anywhere else may not join, not even to follow.
    if (pathname !== talkSocketPath || request.headers.origin !== `http://${host}`) return forbidden('otherSite');
    hub.handleUpgrade(request, socket, head, host);
  });

  await listen(server, options.port, options.host);
  const address = server.address();
  if (!address || typeof address === 'string') throw new DeckError('portUnavailable', commandMessage('noTcpAddress', {}));
  const lan = isAnyHost(options.host) ? lanAddress() : options.host;
  const roomHost = urlHost(lan ?? '127.0.0.1');
  const ownHost = isAnyHost(options.host) ? '127.0.0.1' : urlHost(options.host);
  const fragment = `#token=${options.token}`;
  const addresses: PresentAddresses = {
    console: `http://${ownHost}:${address.port}/?speaker${fragment}`,
    remote: `http://${roomHost}:${address.port}/?remote${fragment}`,
    audience: `http://${roomHost}:${address.port}/`,
  };
  // The printed addresses, and loopback under each of its names when it is listened on.
  const loopback =
    isAnyHost(options.host) || /^(127\.|localhost$|\[?::1\]?$)/.test(options.host) ? ['127.0.0.1', 'localhost', '[::1]'] : [];
  allowedHosts = new Map(
    [roomHost, ownHost, ...loopback].map((name) => [`${name}:${address.port}`.toLowerCase(), `${name}:${address.port}`]),
  );
  if (loopback.length > 0) loopbackPort = address.port;
  remoteUrl = addresses.remote;
  remoteQr = await QRCode.toString(addresses.remote, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

  return {
    addresses,
    reachableFromRoom: lan !== undefined,
    hub,
    refusals,
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.close();
      server.closeAllConnections();
      await stopped;
    },
  };
}

/** The steps of the deck built in `distDir`, following its deck.json as a rebuild changes it. */
function builtSteps(distDir: string): () => readonly number[] {
  const file = path.join(distDir, deckFile);
  let read: { at: number; steps: readonly number[] } = { at: -1, steps: [] };
  return () => {
    try {
      const at = statSync(file).mtimeMs;
      if (at !== read.at) {
        const deck = parseDeckFile(readFileSync(file, 'utf8'));
        read = { at, steps: deck ? deckSteps(deck) : read.steps };
      }
    } catch {
      // Being rebuilt: the steps read before hold.
    }
    return read.steps;
  };
}

/** A regular file inside dist/: no dotfile (nor "..") on the way, and no link that leads out of it. */
async function isServable(realDist: string, file: string, distDir: string): Promise<boolean> {
  const relative = path.relative(distDir, path.resolve(file));
  if (relative.split(path.sep).some((part) => part.startsWith('.'))) return false;
  try {
    const real = await realpath(file);
    const inside = path.relative(realDist, real);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return false;
    return (await stat(real)).isFile();
  } catch {
    return false;
  }
}

/** A request's path as a file name, or undefined when it is not valid percent-encoding. */
function decodedPath(pathname: string): string | undefined {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

async function servePresentingPage(
  distDir: string,
  realDist: string,
  indexFile: string,
  host: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, networkMessages.method);
  try {
    if (!(await isServable(realDist, indexFile, distDir))) return plain(response, 404, networkMessages.notFound);
    // Read on every request: a rebuild while presenting is served as it is. `host` is the server's own
    // spelling of an address it printed, never the request's header.
    const page = presentingPage(await readFile(indexFile, 'utf8'), host);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : page);
  } catch {
    plain(response, 500, networkMessages.server);
  }
}

function plain(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const inUse = error.code === 'EADDRINUSE';
      reject(
        new DeckError('portUnavailable', commandMessage('portUnavailable', { port, host, inUse, detail: error.message }), { cause: error }),
      );
    });
    server.listen(port, host, () => resolve());
  });
}
