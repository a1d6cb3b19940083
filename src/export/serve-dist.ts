import { access } from 'node:fs/promises';
import path from 'node:path';
import { type PreviewServer, preview } from 'vite';
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

/** Serves a built deck on loopback with Vite's own preview server. */
export async function serveDist(options: ServeDistOptions): Promise<DistServer> {
  const distDir = path.resolve(options.distDir);
  try {
    await access(path.join(distDir, 'index.html'));
  } catch {
    throw new DeckError('noBuild', `no build in ${path.relative(process.cwd(), distDir) || distDir}: run npm run build first`);
  }
  let server: PreviewServer;
  try {
    server = await preview({
      configFile: false,
      logLevel: 'silent',
      root: path.dirname(distDir),
      base: options.basePath ?? '/',
      build: { outDir: distDir },
      preview: { host: '127.0.0.1', port: options.port ?? 0, strictPort: true, open: false },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = error instanceof Error ? error.message : String(error);
    if (code === 'EADDRINUSE' || code === 'EACCES' || /port/i.test(reason)) {
      throw new DeckError('portUnavailable', `port ${options.port ?? 0} on 127.0.0.1 is unavailable: ${reason}`, { cause: error });
    }
    throw error;
  }
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new DeckError('portUnavailable', 'the preview server has no TCP address');
  const base = options.basePath ?? '/';
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => server.close(),
  };
}
