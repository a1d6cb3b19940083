import { readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { DeckError } from '../base/errors.ts';
import { securityHeaders } from '../base/security-headers.ts';
import { commandMessage } from '../model/command-messages.ts';

export interface DistServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeDistOptions {
  distDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Serve under a subpath, such as "/decks/2016/", to prove the build is relocatable. */
  basePath?: string;
}

/**
 * Serves a built deck on loopback with sirv, the static file server Vite's own preview is built
 * on (Vite's preview server itself is much slower to import). Pages are sent with their
 * Content-Security-Policy as a header too, as a host should (see securityHeaders).
 */
export async function serveDist(options: ServeDistOptions): Promise<DistServer> {
  const distDir = path.resolve(options.distDir);
  try {
    await access(path.join(distDir, 'index.html'));
  } catch {
    throw new DeckError('noBuild', commandMessage('noBuild', { dir: path.relative(process.cwd(), distDir) || distDir }));
  }
  const base = normaliseBase(options.basePath ?? '/');
  const files = sirv(distDir, {
    dev: true,
    etag: false,
    dotfiles: false,
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(securityHeaders(readPage(distDir, pathname)))) response.setHeader(name, value);
    },
  });
  const server = createServer((request, response) => {
    // The site may live under a subpath: strip it, and refuse anything outside it.
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === base) return redirect(response, base);
    if (!url.pathname.startsWith(base)) return notFound(response);
    request.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(request, response, () => notFound(response));
  });
  const port = options.port ?? 0;
  try {
    await listen(server, port);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    throw new DeckError('portUnavailable', commandMessage('portUnavailable', { port, host: '127.0.0.1', inUse, detail }), { cause: error });
  }
  const address = server.address();
  if (!address || typeof address === 'string') throw new DeckError('portUnavailable', commandMessage('noTcpAddress', {}));
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The text of the page sirv is about to send (a folder's index.html), or undefined for other files. */
function readPage(distDir: string, pathname: string): string | undefined {
  const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return file.endsWith('.html') ? readFileSync(path.join(distDir, file), 'utf8') : undefined;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function normaliseBase(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('not found');
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location });
  response.end();
}
