import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DeckError } from '../base/errors.ts';
import { type LoadResult, loadDeck } from '../content/load-deck.ts';
import { formatProblems, formatWarnings, type Problem } from '../content/problem.ts';
import { renderChartCsv } from '../csv/render-chart-csv.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { downloadsMarkers } from '../html/render-downloads-menu.ts';
import { renderHead } from '../html/render-head.ts';
import { renderSlides } from '../html/render-slides.ts';
import { renderSpeakerUi } from '../html/render-speaker-ui.ts';
import type { Deck } from '../model/deck.ts';
import { createLocale } from '../model/locale.ts';
import { chartDataFiles } from '../model/output-files.ts';

/** A build hands over the Deck it has parsed; the dev server reads slides/ on every request. */
export type DeckPluginOptions = { deck: Deck } | { slidesDir: string };

const placeholders = {
  lang: '<html lang="vi">',
  head: '<!--deck:head-->',
  slides: '<!--deck:slides-->',
  downloads: '<!--deck:downloads-->',
  speaker: '<!--deck:speaker-->',
};

/**
 * Renders the deck into index.html, and in dev reloads on every content edit. In dev a content
 * problem renders a page that lists the problems, as the build prints them; the deck's script
 * shows that list in Vite's error overlay (src/deck/show-content-problems.ts). Warnings, such as
 * a section file deck.yaml does not list, go to the dev server's terminal.
 */
export function deckPlugin(options: DeckPluginOptions): Plugin {
  const slidesDir = 'slidesDir' in options ? path.resolve(options.slidesDir) : undefined;
  let server: ViteDevServer | undefined;
  let shownWarnings = '';

  const warn = (warnings: readonly Problem[]): void => {
    const text = formatWarnings(warnings).trimEnd();
    if (text && text !== shownWarnings) server?.config.logger.warn(text, { timestamp: true });
    shownWarnings = text;
  };

  return {
    name: 'deck-content',
    configureServer(devServer) {
      if (!slidesDir) return;
      server = devServer;
      devServer.watcher.add(slidesDir);
      devServer.watcher.on('all', (_event, file) => {
        if (file.startsWith(slidesDir + path.sep)) devServer.ws.send({ type: 'full-reload' });
      });
      // The charts' CSV links work in dev too: each file is made from slides/ as it is now.
      devServer.middlewares.use((request, response, next) => {
        const wanted = /^\/(data\/[^/?#]+\.csv)(?:[?#].*)?$/.exec(request.url ?? '')?.[1];
        if (!wanted) return next();
        // A malformed address ("%E0%A4%A") is the browser's mistake, not a reason to stop the live preview.
        const file = decodedPath(wanted);
        if (file === undefined) {
          response.statusCode = 400;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(badAddressMessage);
          return;
        }
        void loadDeck(slidesDir).then((result) => {
          const found = result.ok ? chartDataFiles(result.deck).find((chart) => chart.file === file) : undefined;
          if (!result.ok || !found) {
            response.statusCode = 404;
            response.end('not found');
            return;
          }
          response.setHeader('content-type', 'text/csv; charset=utf-8');
          response.end(renderChartCsv(found.chart.chart, result.deck, createLocale(result.deck.meta.lang)));
        }, next);
      });
    },
    async transformIndexHtml(html) {
      const latest: LoadResult = 'deck' in options ? { ok: true, deck: options.deck, warnings: [] } : await loadDeck(slidesDir ?? 'slides');
      warn(latest.warnings);
      if (!latest.ok) {
        const problems = formatProblems(latest.problems);
        if (!server) throw new DeckError('content', problems);
        return fillPlaceholders(html, {
          head: '<title>Content error</title>',
          slides: `<section><pre class="content-error">${escapeHtml(problems)}</pre></section>`,
          speaker: '',
        });
      }
      const { deck } = latest;
      const locale = createLocale(deck.meta.lang);
      return fillPlaceholders(html, {
        lang: `<html lang="${escapeHtml(deck.meta.lang)}">`,
        head: renderHead(deck),
        slides: renderSlides(deck, locale),
        // Filled once the files exist (src/site/refresh-downloads.ts).
        downloads: `${downloadsMarkers.start}${downloadsMarkers.end}`,
        speaker: renderSpeakerUi(deck, locale),
      });
    },
  };
}

/** What the dev server answers to an address it cannot decode. */
const badAddressMessage = 'bad address: it is not valid percent-encoding';

function decodedPath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Puts each piece in place as it is: a function replacement, so "$&" or "$'" in the text stays text. */
function fillPlaceholders(html: string, pieces: Partial<Record<keyof typeof placeholders, string>>): string {
  let result = html;
  for (const [name, piece] of Object.entries(pieces)) {
    result = result.replace(placeholders[name as keyof typeof placeholders], () => piece);
  }
  return result;
}
