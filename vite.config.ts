import { defineConfig } from 'vite';
import { deckPlugin } from './src/build/deck-plugin.ts';

export default defineConfig({
  // Relative asset paths: dist/ works from any host and any subpath.
  base: './',
  plugins: [deckPlugin({ slidesDir: process.env.DECK_SLIDES_DIR ?? 'slides' })],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
