import type { Plugin } from 'vite';
import { coverFontWeights } from '../theme/palette.ts';
import { subsetFontMarker } from './subset-font-file.ts';

/** The subsets a Vietnamese text needs: Latin letters and the Vietnamese ones. */
const subsets = ['latin', 'vietnamese'];

/**
 * Preloads the font files the cover is set in. The browser would otherwise find them only once
 * the styles are parsed and the cover laid out; on a projector or a phone, that is the wait
 * before the first slide appears in its own font. Where the build cut the fonts to the deck's
 * characters (font-subset-plugin.ts), the cut files are the ones preloaded: the whole ones stay
 * behind them, fetched only for a character the cut ones lack.
 */
export function fontPreloadPlugin(): Plugin {
  return {
    name: 'deck-font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((file) =>
          coverFontWeights.some((weight) =>
            subsets.some((subset) => new RegExp(`-${subset}-${weight}-normal-[\\w-]+\\.woff2$`).test(file)),
          ),
        );
        const cut = fonts.filter((file) => file.includes(`-normal-${subsetFontMarker}-`));
        return (cut.length > 0 ? cut : fonts).sort().map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
