import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { build } from 'vite';
import { carryOverFiles } from '../base/carry-over-files.ts';
import { type ClaimOutputDirectoryOptions, claimOutputDirectory, type OutputRules, outputRules } from '../base/claim-output.ts';
import { asWriteError } from '../base/describe-write-error.ts';
import { displayPath } from '../base/display-path.ts';
import { DeckError, ExitCode } from '../base/errors.ts';
import { say } from '../base/message.ts';
import { listFiles, outputMarkerFile, readOutputMarker, writeOutputMarker } from '../base/output-marker.ts';
import type { Progress } from '../base/progress.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { replaceDirectory } from '../base/replace-directory.ts';
import { scratchNamePattern, scratchPath } from '../base/scratch-path.ts';
import { loadDeckOrThrow } from '../content/load-deck.ts';
import { formatWarnings } from '../content/problem.ts';
import { ogImageFile } from '../html/render-head.ts';
import { commandMessage } from '../model/command-messages.ts';
import { allSlides, publicDeck } from '../model/deck.ts';
import { createDeckContext, type DeckContext } from '../model/deck-context.ts';
import { deckFile, parseDeckFile, serializeDeck } from '../model/deck-file.ts';
import { buildLogger } from './build-logger.ts';
import { contentSecurityPolicy, inlineCodeHashes, insertContentSecurityPolicy } from './content-security-policy.ts';
import { apacheHeaders, apacheHeadersFile, netlifyHeaders, netlifyHeadersFile, type PagePolicy } from './host-headers.ts';
import { inlineChartData } from './inline-chart-data.ts';
import { ogImageCache } from './og-image-cache.ts';
import { refreshDownloads } from './refresh-downloads.ts';
import { shownCharacters } from './shown-characters.ts';
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
  /** Where outputs may not go; by default the project, its content and code, the home folder. */
  rules?: OutputRules;
  /** Cut the fonts to the deck's characters (default true); false ships the whole fonts, as the benchmark's baseline. */
  cutFonts?: boolean;
}

/** The single-file deck for a USB stick, written next to index.html. */
export const offlineFile = 'offline.html';

/** The kind of output a site build is, in its folder's marker. */
export const siteOutputKind = 'site';

/**
 * Validates the content first, builds everything into a scratch directory (the site, its
 * Content-Security-Policy, the offline file, the social preview image), then swaps it in:
 * a failure at any step leaves the previous dist/ exactly as it was. Every earlier export
 * inside the previous dist/ (a PDF, a PPTX, PNGs, at any depth) is carried into the new one.
 * Returns the deck it built, with its context and its presenter hints, for the exports that follow
 * (npm run release makes the presenter's copy from it).
 */
export async function buildSite(options: BuildSiteOptions): Promise<DeckContext> {
  const { progress } = options;
  progress.step(commandMessage('stepChecking', { dir: options.slidesDir.replace(/[\\/]+$/, '') }));
  const context = await loadDeckOrThrow(options.slidesDir, {
    appendix: options.appendix,
    onWarnings: (warnings) => process.stderr.write(formatWarnings(warnings, say)),
  });
  const rules = options.rules ?? outputRules({ contentDir: path.resolve(options.root, options.slidesDir) });
  const claim = siteOutputClaim(rules);
  const outDir = await claimOutputDirectory(path.resolve(options.root, options.outDir), claim);
  const { deck } = context;
  progress.step(commandMessage('stepBuilding', { slides: allSlides(deck).length, sections: deck.sections.length }));
  // What is published carries no presenter hint: the site, its deck.json and every export made from it.
  const published = createDeckContext(publicDeck(deck), context.locale);

  const scratch = scratchPath(outDir);
  const offlineScratch = scratchPath(outDir, 'offline');
  const removeScratch = (): Promise<unknown> =>
    Promise.all([scratch, offlineScratch].map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })));
  const unregister = registerCleanup(removeScratch);
  const cacheDir = process.env.DECK_CACHE_DIR ?? path.join(options.root, 'node_modules', '.cache');
  // The fonts are cut to what the deck shows, the presenter's hints included (the console of npm run present
  // shows them): the site keeps the whole fonts behind the cut ones.
  const fonts = { text: shownCharacters(deck, context.locale), cacheDir: path.join(cacheDir, 'fonts') };
  const cut = options.cutFonts !== false;
  const viteConfig = siteViteConfig({ context: published }, cut ? { ...fonts, keepWholeFonts: true } : undefined);
  try {
    // The site and the single-file deck are two bundles of the same Deck: built side by side.
    const { buildOffline } = await import('./build-offline.ts');
    const offlineBuilt = buildOffline({
      viteConfig: {
        ...siteViteConfig({ context: published }, cut ? { ...fonts, keepWholeFonts: false } : undefined),
        configFile: false,
        root: options.root,
      },
      scratchDir: offlineScratch,
    });
    offlineBuilt.catch(() => {});
    await build({
      ...viteConfig,
      configFile: false,
      root: options.root,
      logLevel: 'warn',
      customLogger: buildLogger(),
      build: { ...viteConfig.build, outDir: scratch, emptyOutDir: true },
    });
    await writeFile(path.join(scratch, deckFile), serializeDeck(published.deck));
    const indexFile = path.join(scratch, 'index.html');
    // The speaker console is the same page (?speaker), with no inline code of its own.
    const sitePolicy = contentSecurityPolicy({ origin: "'self'", scriptHashes: [], styleHashes: [], styleAttributeHashes: [] });
    let index = insertContentSecurityPolicy(await readFile(indexFile, 'utf8'), sitePolicy);
    if (options.ogImage === false) index = withoutOgImage(index);
    await writeFile(indexFile, index);

    progress.step(commandMessage('stepOffline', { file: offlineFile }));
    const offline = inlineChartData(await offlineBuilt, published);
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
    const pages: PagePolicy[] = [
      { file: 'index.html', policy: sitePolicy },
      { file: offlineFile, policy: offlinePolicy },
    ];
    await writeFile(path.join(scratch, netlifyHeadersFile), netlifyHeaders(pages));
    await writeFile(path.join(scratch, apacheHeadersFile), apacheHeaders(pages));

    if (options.ogImage !== false) {
      const cache = await ogImageCache(scratch, path.join(cacheDir, 'og-image'));
      let image = await cache.get();
      if (image) progress.step(commandMessage('stepOgCached', { file: ogImageFile }));
      else {
        progress.step(commandMessage('stepOgRendering', { file: ogImageFile }));
        image = await captureOgImageOrExplain(scratch, options.browser);
        await cache.put(image);
      }
      await writeFile(path.join(scratch, ogImageFile), image);
    }
    const dataFiles = await writeChartData(scratch, published);
    progress.step(commandMessage('stepChartData', { count: dataFiles.length }));
    await writeOutputMarker(scratch, { kind: siteOutputKind, files: await listFiles(scratch) });
    await replaceDirectory(scratch, outDir, {
      ...claim,
      // Holding dist/'s lock: an export written into dist/ meanwhile waits, then lands in the new one.
      beforeSwap: async (target) => {
        await carryOverFiles(target, scratch, await earlierExports(target));
        // The "Tải về" menu lists the earlier exports carried over too (and a carried manifest.json is written again).
        await refreshDownloads(scratch);
      },
    });
  } catch (error) {
    throw asWriteError(error, displayPath(outDir)) ?? error;
  } finally {
    unregister();
    await removeScratch();
  }
  progress.done(commandMessage('doneBuilt', { dir: displayPath(outDir) }));
  return context;
}

/**
 * Which files of the previous build folder are earlier exports, not the build itself: those its
 * marker does not list. A folder built before builds were marked: everything but its assets/.
 */
async function earlierExports(outDir: string): Promise<(file: string) => boolean> {
  const marker = await readOutputMarker(outDir);
  // Never a lock or scratch file a stopped command left inside (dist/.png.lock): they are not exports.
  const ours = (file: string): boolean => file.split('/').some((part) => scratchNamePattern.test(part) || /^\..+\.lock$/.test(part));
  if (!marker) return (file) => !file.startsWith('assets/') && !ours(file);
  const built = new Set(marker.files);
  return (file) => file !== outputMarkerFile && !built.has(file) && !ours(file);
}

/** How a built site's folder is claimed: a site build, or one made before builds were marked. */
export function siteOutputClaim(rules: OutputRules): ClaimOutputDirectoryOptions {
  return { kind: siteOutputKind, rules, recognise: isUnmarkedSiteBuild };
}

/** A site built before build folders carried a marker: it has our deck.json beside an index.html. */
async function isUnmarkedSiteBuild(dir: string): Promise<boolean> {
  try {
    await readFile(path.join(dir, 'index.html'));
    return parseDeckFile(await readFile(path.join(dir, deckFile), 'utf8')) !== undefined;
  } catch {
    return false;
  }
}

async function captureOgImageOrExplain(distDir: string, browser: Browser | undefined): Promise<Uint8Array> {
  // Loaded only now: puppeteer is heavy, and a content error should be reported without it.
  const { captureOgImage } = await import('../png/capture-og-image.ts');
  try {
    return await captureOgImage({ distDir, browser });
  } catch (error) {
    if (error instanceof DeckError && error.exitCode === ExitCode.noBrowser) {
      throw new DeckError('noBrowser', commandMessage('ogNeedsBrowser', { file: ogImageFile, problem: error.said }), { cause: error });
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
