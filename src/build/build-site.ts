import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { Progress } from '../cli/progress.ts';
import { allSlides } from '../content/assemble-deck.ts';
import { loadDeckOrThrow } from '../content/load-deck.ts';
import { replaceDirectory } from './replace-directory.ts';

export interface BuildSiteOptions {
  root: string;
  slidesDir: string;
  outDir: string;
  progress: Progress;
  /** Files of the previous build to carry into the new one, such as an exported deck.pdf. */
  keep?: readonly string[];
}

/**
 * Validates the content first, builds into a scratch directory, then swaps it in:
 * bad content or a failed build leaves the previous dist/ exactly as it was.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
  const { progress } = options;
  progress.step('checking slides/');
  const deck = await loadDeckOrThrow(options.slidesDir);
  progress.step(`${allSlides(deck).length} slides in ${deck.sections.length} sections; building`);

  const outDir = path.resolve(options.root, options.outDir);
  const scratch = path.join(path.dirname(outDir), `.dist-tmp-${process.pid}`);
  // vite.config.ts reads the content directory from here, so --slides reaches the renderer.
  process.env.DECK_SLIDES_DIR = path.resolve(options.slidesDir);
  try {
    await build({ root: options.root, logLevel: 'warn', build: { outDir: scratch, emptyOutDir: true } });
    for (const file of options.keep ?? []) await carryOver(path.join(outDir, file), path.join(scratch, file));
    await replaceDirectory(scratch, outDir);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  progress.done(`built ${path.relative(process.cwd(), outDir) || outDir}/`);
}

async function carryOver(from: string, to: string): Promise<void> {
  try {
    await copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
