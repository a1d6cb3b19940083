import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import QRCode from 'qrcode';
import sirv from 'sirv';
import { DeckError } from '../base/errors.ts';
import { type SlideHints, talkSocketPath } from '../talk/protocol.ts';
import { isAnyHost, lanAddress, urlHost } from './lan-address.ts';
import { defaultPresentLimits, type PresentLimits } from './present-limits.ts';
import { isPlainHost, presentingPage } from './presenting-page.ts';
import { TalkHub } from './talk-hub.ts';

export interface PresentServerOptions {
  distDir: string;
  /** Where to listen: "0.0.0.0" (every interface, the room's network) or one address. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The run's control token (see createPresentToken). */
  token: string;
  limits?: Partial<PresentLimits>;
  onWrongToken?(total: number): void;
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
  close(): Promise<void>;
}

/**
 * Serves a built deck for a talk in the room: the deck (the audience's address), the speaker
 * console (`?speaker`) and the phone remote (`?remote`), and the talk's WebSocket on the same
 * origin (src/present/talk-hub.ts). Only index.html is changed on the way out, to let it join.
 */
export async function startPresentServer(options: PresentServerOptions): Promise<PresentServer> {
  const distDir = path.resolve(options.distDir);
  const indexFile = path.join(distDir, 'index.html');
  try {
    await readFile(indexFile);
  } catch {
    throw new DeckError('noBuild', `no build in ${path.relative(process.cwd(), distDir) || distDir}: run npm run build first`);
  }
  const limits = { ...defaultPresentLimits, ...options.limits };
  const files = sirv(distDir, { dev: true, etag: true, dotfiles: false });

  let remoteUrl = '';
  let remoteQr = '';
  const hub = new TalkHub({
    token: options.token,
    limits,
    invite: (host) => ({ url: remoteUrl, qrSvg: remoteQr, audienceUrl: `http://${host}/` }),
    onWrongToken: options.onWrongToken,
    hints: options.hints,
  });

  const server = createServer((request, response) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/' || pathname === '/index.html') {
      void servePresentingPage(indexFile, request, response);
      return;
    }
    files(request, response, () => plain(response, 404, 'not found'));
  });
  server.on('upgrade', (request, socket, head) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const { host, origin } = request.headers;
    // Browsers always send Origin: a page from anywhere else may not join, not even to follow.
    if (pathname !== talkSocketPath || !isPlainHost(host) || origin !== `http://${host}`) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    hub.handleUpgrade(request, socket, head);
  });

  await listen(server, options.port, options.host);
  const address = server.address();
  if (!address || typeof address === 'string') throw new DeckError('portUnavailable', 'the server has no TCP address');
  const lan = isAnyHost(options.host) ? lanAddress() : options.host;
  const roomHost = urlHost(lan ?? '127.0.0.1');
  const ownHost = isAnyHost(options.host) ? '127.0.0.1' : urlHost(options.host);
  const fragment = `#token=${options.token}`;
  const addresses: PresentAddresses = {
    console: `http://${ownHost}:${address.port}/?speaker${fragment}`,
    remote: `http://${roomHost}:${address.port}/?remote${fragment}`,
    audience: `http://${roomHost}:${address.port}/`,
  };
  remoteUrl = addresses.remote;
  remoteQr = await QRCode.toString(addresses.remote, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

  return {
    addresses,
    reachableFromRoom: lan !== undefined,
    hub,
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await hub.close();
      server.closeAllConnections();
      await stopped;
    },
  };
}

async function servePresentingPage(indexFile: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { host } = request.headers;
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'method not allowed');
  if (!isPlainHost(host)) return plain(response, 400, 'bad Host header');
  try {
    // Read on every request: a rebuild while presenting is served as it is.
    const page = presentingPage(await readFile(indexFile, 'utf8'), host);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : page);
  } catch (error) {
    plain(response, 500, error instanceof Error ? error.message : String(error));
  }
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'it is in use: choose another with --port' : error.message;
      reject(new DeckError('portUnavailable', `port ${port} on ${host} is unavailable: ${reason}`, { cause: error }));
    });
    server.listen(port, host, () => resolve());
  });
}
