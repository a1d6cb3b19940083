import path from 'node:path';
import type { Plugin } from 'vite';
import { subsetFontFile } from './subset-font-file.ts';
import { formatUnicodeRange, inUnicodeRange, parseUnicodeRange } from './unicode-range.ts';

export interface FontSubsetPluginOptions {
  /** Every character the deck can show (shownCharacters). */
  text: string;
  cacheDir: string;
  /**
   * Keep the whole fonts behind the cut ones. The browser fetches a whole file only if a character
   * the cut fonts lack is ever shown, so no word is split between two fonts. The offline file,
   * which inlines every font it names, keeps only the cut ones: its text is fixed when it is built.
   */
  keepWholeFonts: boolean;
}

/** The deck's @font-face rules, written once, in src/theme/fonts.css. */
const fontsStylesheet = /[/\\]src[/\\]theme[/\\]fonts\.css$/;

const fontFaceRule = /@font-face\s*\{[^}]*\}/g;

/**
 * Cuts the deck's fonts to the characters it shows (a build only; the dev server serves the whole
 * fonts). Each @font-face rule of fonts.css gets a twin with the cut file, declared after it, and
 * with a unicode-range of exactly the characters kept: the browser takes the last rule that covers
 * a character, so the cut file serves every character it has, and a whole file only the others.
 */
export function fontSubsetPlugin(options: FontSubsetPluginOptions): Plugin {
  return {
    name: 'deck-font-subset',
    apply: 'build',
    enforce: 'pre',
    async transform(css, id) {
      if (!fontsStylesheet.test(id.replace(/\?.*$/, ''))) return undefined;
      const cutRules: string[] = [];
      for (const rule of css.match(fontFaceRule) ?? []) {
        const url = /src:\s*url\(\s*["']?([^"')]+)["']?\s*\)/.exec(rule)?.[1];
        const declaredRange = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
        if (!url || !declaredRange) throw new Error(`${id}: each @font-face needs a src url() and a unicode-range`);
        const range = parseUnicodeRange(declaredRange);
        const kept = [...new Set([...options.text].map((character) => character.codePointAt(0) as number))].filter((point) =>
          inUnicodeRange(point, range),
        );
        if (kept.length === 0) continue;
        const resolved = await this.resolve(url, id);
        if (!resolved) throw new Error(`${id}: cannot find the font ${url}`);
        const source = resolved.id.replace(/\?.*$/, '');
        const cut = await subsetFontFile({ source, text: String.fromCodePoint(...kept), cacheDir: options.cacheDir });
        const relative = path.relative(path.dirname(id), cut).split(path.sep).join('/');
        cutRules.push(
          rule
            .replace(url, `${relative.startsWith('.') ? '' : './'}${relative}`)
            .replace(/unicode-range:\s*[^;}]+/, `unicode-range: ${formatUnicodeRange(kept)}`),
        );
      }
      const cut = `/* Cut to the deck's characters by the build (src/site/font-subset-plugin.ts). */\n${cutRules.join('\n')}\n`;
      return { code: options.keepWholeFonts ? `${css}\n${cut}` : cut, map: null };
    },
  };
}
