import type { InlineConfig } from 'vite';
import { type DeckPluginOptions, deckPlugin } from './deck-plugin.ts';
import { fontPreloadPlugin } from './font-preload-plugin.ts';
import { type FontSubsetPluginOptions, fontSubsetPlugin } from './font-subset-plugin.ts';
import { securityHeadersPlugin } from './security-headers-plugin.ts';

/**
 * The site's Vite settings, shared by vite.config.ts (dev server and preview, which read slides/)
 * and by the build, which hands over the Deck it has already parsed and, to cut the fonts to the
 * deck's characters, what it shows.
 */
export function siteViteConfig(content: DeckPluginOptions, fonts?: FontSubsetPluginOptions): InlineConfig {
  return {
    // Relative asset paths: dist/ works from any host and any subpath.
    base: './',
    plugins: [deckPlugin(content), ...(fonts ? [fontSubsetPlugin(fonts)] : []), fontPreloadPlugin(), securityHeadersPlugin()],
    build: {
      target: 'es2022',
      assetsInlineLimit: 0,
      reportCompressedSize: false,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
}
