import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { build } from 'vite';
import { DeckError } from '../base/errors.ts';
import type { Progress } from '../base/progress.ts';
import { replaceDirectory } from '../base/replace-directory.ts';
import { loadDeckOrThrow } from '../content/load-deck.ts';
import { formatWarnings } from '../content/problem.ts';
import { ogImageFile } from '../html/render-head.ts';
import { allSlides } from '../model/deck.ts';
import { deckFile, serializeDeck } from '../model/deck-file.ts';
import { contentSecurityPolicy, inlineCodeHashes, insertContentSecurityPolicy } from './content-security-policy.ts';
import { refreshDownloads } from './refresh-downloads.ts';
import { siteViteConfig } from './vite-config.ts';
import { writeChartData } from './write-chart-data.ts';

export interface BuildSiteOptions {
  root: string;
  slidesDir: string;
  outDir: string;
  progress: Progress;
  /** Render the title slide as og-image.png with a browser (default true). */
  ogImage?: boolean;
  /** Add the "Nguồn số liệu" appendix after the last slide (and so to every export of this build). */
  appendix?: boolean;
  /** A browser for the social preview image; by default one is started and closed. */
  browser?: Browser;
  /** Files of the previous build to carry into the new one, such as an exported deck.pdf. */
  keep?: readonly string[];
}

/** The single-file deck for a USB stick, written next to index.html. */
export const offlineFile = 'offline.html';

/**
 * Validates the content first, builds everything into a scratch directory (the site, its
 * Content-Security-Policy, the offline file, the social preview image), then swaps it in:
 * a failure at any step leaves the previous dist/ exactly as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const { progress } = options;
  progress.step('checking slides/');
  const deck = await loadDeckOrThrow(options.slidesDir, {
    appendix: options.appendix,
    onWarnings: (warnings) => process.stderr.write(formatWarnings(warnings)),
  });
  progress.step(`${allSlides(deck).length} slides in ${deck.sections.length} sections; building`);

  const outDir = path.resolve(options.root, options.outDir);
  const scratch = path.join(path.dirname(outDir), `.dist-tmp-${process.pid}`);
  const viteConfig = siteViteConfig({ deck });
  try {
    await build({
      ...viteConfig,
      configFile: false,
      root: options.root,
      logLevel: 'warn',
      build: { ...viteConfig.build, outDir: scratch, emptyOutDir: true },
    });
    await writeFile(path.join(scratch, deckFile), serializeDeck(deck));
    const indexFile = path.join(scratch, 'index.html');
    // The speaker console is the same page (?speaker), with no inline code of its own.
    const sitePolicy = contentSecurityPolicy({ origin: "'self'", scriptHashes: [], styleHashes: [], styleAttributeHashes: [] });
    let index = insertContentSecurityPolicy(await readFile(indexFile, 'utf8'), sitePolicy);
    if (options.ogImage === false) index = withoutOgImage(index);
    await writeFile(indexFile, index);

    progress.step(`building ${offlineFile}`);
    const { buildOffline } = await import('./build-offline.ts');
    const offline = await buildOffline({
      viteConfig: { ...viteConfig, configFile: false, root: options.root },
      scratchDir: path.join(path.dirname(outDir), `.dist-offline-${process.pid}`),
    });
    const inline = inlineCodeHashes(offline);
    const offlinePolicy = contentSecurityPolicy({
      origin: 'none',
      scriptHashes: inline.scripts,
      styleHashes: inline.styles,
      styleAttributeHashes: [],
      // The speaker console shows the deck file itself in its two preview frames.
      frameSources: ['file:'],
    });
    await writeFile(path.join(scratch, offlineFile), insertContentSecurityPolicy(withoutOgImage(offline), offlinePolicy));

    if (options.ogImage !== false) {
      progress.step(`rendering the title slide as ${ogImageFile}`);
      await writeFile(path.join(scratch, ogImageFile), await captureOgImageOrExplain(scratch, options.browser));
    }
    const dataFiles = await writeChartData(scratch, deck);
    progress.step(`${dataFiles.length} chart data files in data/`);
    for (const file of options.keep ?? []) await carryOver(path.join(outDir, file), path.join(scratch, file));
    await refreshDownloads(scratch);
    await replaceDirectory(scratch, outDir);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  progress.done(`built ${path.relative(process.cwd(), outDir) || outDir}/`);
}

async function captureOgImageOrExplain(distDir: string, browser: Browser | undefined): Promise<Uint8Array> {
  // Loaded only now: puppeteer is heavy, and a content error should be reported without it.
  const { captureOgImage } = await import('../png/capture-og-image.ts');
  try {
    return await captureOgImage({ distDir, browser });
  } catch (error) {
    if (error instanceof DeckError && error.exitCode === 69) {
      const hint = 'or build without it: npm run build -- --no-og-image';
      throw new DeckError('noBrowser', `the social preview image (${ogImageFile}) is drawn by a browser: ${error.message}; ${hint}`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** Drops the og:image and twitter:image meta when there is no image to point at. */
function withoutOgImage(html: string): string {
  return html
    .replace(/\n\s*<meta (?:property|name)="(?:og|twitter):image[^"]*" content="[^"]*">/g, '')
    .replace('<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:card" content="summary">');
}
async function carryOver(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
