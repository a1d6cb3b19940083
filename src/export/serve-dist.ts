import { createReadStream } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { DeckError } from '../errors.ts';

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

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serves a built deck on loopback with node:http: static files only, GET and HEAD, nothing
 * outside dist/. (Vite's preview server did the same job but took about a second to import,
 * a third of a whole PDF export.)
 */
export async function serveDist(options: ServeDistOptions): Promise<DistServer> {
  const distDir = path.resolve(options.distDir);
  try {
    await access(path.join(distDir, 'index.html'));
  } catch {
    throw new DeckError('noBuild', `no build in ${path.relative(process.cwd(), distDir) || distDir}: run npm run build first`);
  }
  const base = normaliseBase(options.basePath ?? '/');
  const server = createServer((request, response) => {
    void respond(distDir, base, request, response);
  });
  const port = options.port ?? 0;
  try {
    await listen(server, port);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DeckError('portUnavailable', `port ${port} on 127.0.0.1 is unavailable: ${reason}`, { cause: error });
  }
  const address = server.address();
  if (!address || typeof address === 'string') throw new DeckError('portUnavailable', 'the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
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

async function respond(distDir: string, base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'method not allowed');
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (`${pathname}/` === base) return redirect(response, base);
  if (!pathname.startsWith(base)) return send(response, 404, 'not found');
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return send(response, 400, 'bad request');
  }
  let file = path.join(distDir, relative);
  if (file !== distDir && !file.startsWith(`${distDir}${path.sep}`)) return send(response, 404, 'not found');
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    response.writeHead(200, {
      'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  } catch {
    send(response, 404, 'not found');
  }
}

function send(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(message);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location });
  response.end();
}
