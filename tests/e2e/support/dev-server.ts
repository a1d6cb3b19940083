import path from 'node:path';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';
import { siteViteConfig } from '../../../src/site/vite-config.ts';

/**
 * The site's dev server on loopback, as `npm start` runs it, for one test file. Each file has a
 * Vite cache of its own: files run side by side, and a server that pre-bundles its dependencies
 * must not replace the ones another server is serving.
 */
export function createDevServer(cacheName: string, slidesDir: string, extra: InlineConfig = {}): Promise<ViteDevServer> {
  return createServer({
    ...siteViteConfig({ slidesDir }),
    configFile: false,
    logLevel: 'silent',
    cacheDir: path.resolve('node_modules/.vite-e2e', cacheName),
    server: { port: 0, host: '127.0.0.1' },
    ...extra,
  });
}
