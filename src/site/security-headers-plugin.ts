import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { securityHeaders } from '../base/security-headers.ts';

/**
 * `npm run preview` sends each page's Content-Security-Policy as a header too, with
 * frame-ancestors, and `X-Content-Type-Options: nosniff` with every file, as a host should.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'deck-security-headers',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeaders(readPage(outDir, request.url ?? '/')))) response.setHeader(name, value);
        next();
      });
    },
  };
}

/** The built page a request asks for (a folder's index.html), or undefined for any other file. */
function readPage(outDir: string, url: string): string | undefined {
  const pathname = new URL(url, 'http://localhost').pathname;
  const page = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  if (!page.endsWith('.html')) return undefined;
  try {
    const file = path.join(outDir, decodeURIComponent(page));
    return file.startsWith(outDir + path.sep) ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
