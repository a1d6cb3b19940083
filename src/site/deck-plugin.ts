import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import { toChartView } from '../charts/to-chart-view.ts';
import { type LoadResult, loadDeck } from '../content/load-deck.ts';
import { formatProblems, formatWarnings, type Problem } from '../content/problem.ts';
import { renderChartCsv } from '../csv/render-chart-csv.ts';
import { escapeHtml } from '../html/escape-html.ts';
import { downloadsMarkers } from '../html/render-downloads-menu.ts';
import { renderHead } from '../html/render-head.ts';
import { renderPlacementCss } from '../html/render-placement-css.ts';
import { renderSlides } from '../html/render-slides.ts';
import { renderSpeakerUi } from '../html/render-speaker-ui.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale } from '../model/command-words.ts';
import { contentMessage } from '../model/content-messages.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { chartDataFiles } from '../model/output-files.ts';
import { placeDeck } from '../model/placement.ts';

/** The stylesheet that puts every element of every slide in its box (imported by src/deck/main.ts). */
export const placementModule = 'virtual:deck-placement.css';
const resolvedPlacementModule = `\0${placementModule}`;

/** A build hands over the Deck it has parsed; the dev server reads slides/ on every request. */
export type DeckPluginOptions = { context: DeckContext } | { slidesDir: string };

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
    const text = formatWarnings(warnings, commandLocale().say).trimEnd();
    if (text && text !== shownWarnings) server?.config.logger.warn(text, { timestamp: true });
    shownWarnings = text;
  };

  const latest = async (): Promise<LoadResult> =>
    'context' in options ? { ok: true, context: options.context, warnings: [] } : await loadDeck(slidesDir ?? defaults.contentDir);

  return {
    name: 'deck-content',
    resolveId(id) {
      return id === placementModule ? resolvedPlacementModule : undefined;
    },
    async load(id) {
      if (id !== resolvedPlacementModule) return undefined;
      const result = await latest();
      // With content problems the page lists them instead of slides: there is nothing to place.
      return result.ok ? renderPlacementCss(placeDeck(result.context)) : '';
    },
    configureServer(devServer) {
      if (!slidesDir) return;
      server = devServer;
      devServer.watcher.add(slidesDir);
      devServer.watcher.on('all', (_event, file) => {
        if (!file.startsWith(slidesDir + path.sep)) return;
        const { moduleGraph } = devServer.environments.client;
        const placement = moduleGraph.getModuleById(resolvedPlacementModule);
        if (placement) moduleGraph.invalidateModule(placement);
        devServer.ws.send({ type: 'full-reload' });
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
          response.end(commandLocale().say(commandMessage('badAddress', {})));
          return;
        }
        void loadDeck(slidesDir).then((result) => {
          const found = result.ok ? chartDataFiles(result.context.deck).find((chart) => chart.file === file) : undefined;
          if (!result.ok || !found) {
            response.statusCode = 404;
            response.setHeader('content-type', 'text/plain; charset=utf-8');
            response.end(commandLocale().say(commandMessage('notFound', {})));
            return;
          }
          response.setHeader('content-type', 'text/csv; charset=utf-8');
          response.end(renderChartCsv(toChartView(found.chart.chart, result.context), result.context));
        }, next);
      });
    },
    async transformIndexHtml(html) {
      const loaded = await latest();
      warn(loaded.warnings);
      if (!loaded.ok) {
        if (!server) throw new DeckError('content', contentMessage('problemList', { problems: loaded.problems }));
        // The overlay speaks the deck's language, as far as deck.yaml could be read.
        const { say } = loaded.locale;
        const problems = formatProblems(loaded.problems, say);
        const tip = say(commandMessage('overlayTip', {}));
        return fillPlaceholders(html, {
          lang: `<html lang="${escapeHtml(loaded.locale.lang)}">`,
          head: `<title>${escapeHtml(say(commandMessage('contentErrorTitle', {})))}</title>`,
          slides: `<section><pre class="content-error" data-tip="${escapeHtml(tip)}">${escapeHtml(problems)}</pre></section>`,
          speaker: '',
        });
      }
      const { context } = loaded;
      const { deck } = context;
      return fillPlaceholders(html, {
        lang: `<html lang="${escapeHtml(deck.meta.lang)}">`,
        head: renderHead(deck),
        slides: renderSlides(context),
        // Filled once the files exist (src/site/refresh-downloads.ts).
        downloads: `${downloadsMarkers.start}${downloadsMarkers.end}`,
        speaker: renderSpeakerUi(context),
      });
    },
  };
}

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
