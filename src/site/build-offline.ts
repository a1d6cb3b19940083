import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build, type InlineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildLogger } from './build-logger.ts';

export interface BuildOfflineOptions {
  /** The site's own Vite settings, with its Deck: the offline file shows the same build. */
  viteConfig: InlineConfig;
  /** A scratch directory for this build; removed afterwards. */
  scratchDir: string;
}

/**
 * Builds the deck as one HTML file for file://: every script, style, font and image inline.
 * Browsers refuse module scripts from file://, so the script is one classic IIFE at the end
 * of <body>, where the slides already exist when it runs.
 */
export async function buildOffline(options: BuildOfflineOptions): Promise<string> {
  try {
    await build({
      ...options.viteConfig,
      logLevel: 'warn',
      customLogger: buildLogger(),
      plugins: [...(options.viteConfig.plugins ?? []), viteSingleFile()],
      build: {
        ...options.viteConfig.build,
        outDir: options.scratchDir,
        emptyOutDir: true,
        modulePreload: false,
        rolldownOptions: {
          ...options.viteConfig.build?.rolldownOptions,
          output: { format: 'iife' },
          // Lazy imports are inlined here, so the preload helper's `import.meta` is never reached.
          checks: { ...options.viteConfig.build?.rolldownOptions?.checks, emptyImportMeta: false },
        },
      },
    });
    const html = await readFile(path.join(options.scratchDir, 'index.html'), 'utf8');
    return toClassicScript(await inlineIcons(html, options.scratchDir));
  } finally {
    await rm(options.scratchDir, { recursive: true, force: true });
  }
}

/** The favicon is a <link>, which the single-file plugin leaves as a file: inline it too. */
async function inlineIcons(html: string, dir: string): Promise<string> {
  let result = html;
  for (const match of html.matchAll(/<link rel="icon" type="([^"]+)" href="\.\/([^"]+)">/g)) {
    const [tag, type, file] = match;
    const data = await readFile(path.join(dir, file ?? ''));
    const inlined = `<link rel="icon" type="${type}" href="data:${type};base64,${data.toString('base64')}">`;
    result = result.replace(tag, () => inlined);
  }
  return result;
}

/** Turns the inlined `<script type="module">` in <head> into a classic script at the end of <body>. */
export function toClassicScript(html: string): string {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>\s*/g)];
  if (scripts.length !== 1) throw new Error(`expected one inlined script in the offline build, found ${scripts.length}`);
  const [tag, code] = scripts[0] ?? [];
  const withoutScript = html.replace(tag ?? '', () => '');
  const bodyEnd = withoutScript.lastIndexOf('</body>');
  if (bodyEnd < 0) throw new Error('the offline build has no </body>');
  return `${withoutScript.slice(0, bodyEnd)}<script>${code}</script>\n  ${withoutScript.slice(bodyEnd)}`;
}
