import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { SubsetFontOptions } from 'subset-font';

/**
 * How the fonts are cut. Hinting goes: it is most of a web font's bytes, and the browsers that
 * read it (on Windows) draw the deck's sizes as well without it. The layout features kept are
 * those Latin and Vietnamese text uses (marks on letters, kerning, ligatures, tabular figures);
 * stylistic sets and small caps, which the deck never asks for, would pull in glyphs of their own.
 */
const subsetOptions: SubsetFontOptions = {
  targetFormat: 'woff2',
  noHinting: true,
  keepFeatures: ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'calt', 'clig', 'rlig', 'rvrn', 'tnum'],
};

/** Part of the cache key: a new version of the cutter, or new options, cut the fonts anew. */
const cutterVersion = `subset-font 2.9.0 ${JSON.stringify(subsetOptions)}`;

export interface SubsetFontFileOptions {
  /** The whole font file. */
  source: string;
  /** The characters to keep; the file's own name and this text make the cache key. */
  text: string;
  /** Where cut fonts are kept between builds. */
  cacheDir: string;
}

/** In a cut file's name, after the whole file's: "be-vietnam-pro-latin-400-normal-subset-…". */
export const subsetFontMarker = 'subset';

const running = new Map<string, Promise<string>>();

/**
 * Cuts a font file down to the glyphs for `text` and returns the path of the cut file, from the
 * cache when the same font was cut for the same text before: an unchanged deck pays nothing. The
 * site and the offline file ask at the same time; they share one cut.
 */
export async function subsetFontFile(options: SubsetFontFileOptions): Promise<string> {
  const font = await readFile(options.source);
  const key = createHash('sha256')
    .update(cutterVersion)
    .update('\0')
    .update(font)
    .update('\0')
    .update(options.text)
    .digest('hex')
    .slice(0, 24);
  const file = path.join(options.cacheDir, `${path.basename(options.source, '.woff2')}-${subsetFontMarker}-${key}.woff2`);
  let cut = running.get(file);
  if (!cut) {
    cut = cutUnlessCached(font, file, options);
    running.set(file, cut);
    cut.catch(() => running.delete(file));
  }
  return cut;
}

async function cutUnlessCached(font: Buffer, file: string, options: SubsetFontFileOptions): Promise<string> {
  try {
    await stat(file);
    return file;
  } catch {
    // Not cut yet: below.
  }
  // harfbuzz's WebAssembly is large and each cut short: V8's optimising compiler spent about 0.45 s on
  // it for cuts of a few milliseconds. Its baseline compiler alone cuts a fresh deck's fonts 3× faster.
  setFlagsFromString('--liftoff-only');
  const { default: subsetFont } = await import('subset-font');
  const subset = await subsetFont(font, options.text, subsetOptions);
  await mkdir(options.cacheDir, { recursive: true });
  const scratch = `${file}.tmp-${process.pid}`;
  await writeFile(scratch, subset);
  await rename(scratch, file);
  return file;
}
