import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { type LoadResult, loadDeck } from '../content/load-deck.ts';
import { formatProblems } from '../content/problem.ts';
import { DeckError } from '../errors.ts';
import { escapeHtml } from '../render/escape-html.ts';
import { renderHead } from '../render/render-head.ts';
import { renderSlides } from '../render/render-slides.ts';

export interface DeckPluginOptions {
  slidesDir: string;
}

const placeholders = { head: '<!--deck:head-->', slides: '<!--deck:slides-->' };

/** Renders slides/ into index.html, and in dev reloads on every content edit. */
export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slidesDir = path.resolve(options.slidesDir);
  let server: ViteDevServer | undefined;
  let latest: LoadResult | undefined;

  const showProblems = (): void => {
    if (server && latest && !latest.ok) {
      server.ws.send({ type: 'error', err: { message: formatProblems(latest.problems), stack: '', plugin: 'deck-content' } });
    }
  };

  return {
    name: 'deck-content',
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(slidesDir);
      devServer.watcher.on('all', (_event, file) => {
        if (file.startsWith(slidesDir + path.sep)) devServer.ws.send({ type: 'full-reload' });
      });
      devServer.ws.on('connection', showProblems);
    },
    async transformIndexHtml(html) {
      latest = await loadDeck(slidesDir);
      if (!latest.ok) {
        if (!server) throw new DeckError('content', formatProblems(latest.problems));
        const problems = formatProblems(latest.problems);
        return html
          .replace(placeholders.head, '<title>Content error</title>')
          .replace(placeholders.slides, `<section><pre class="content-error">${escapeHtml(problems)}</pre></section>`);
      }
      const { deck } = latest;
      return html
        .replace('<html lang="vi">', `<html lang="${escapeHtml(deck.meta.lang)}">`)
        .replace(placeholders.head, renderHead(deck))
        .replace(placeholders.slides, renderSlides(deck));
    },
  };
}
