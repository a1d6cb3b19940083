import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { defaults } from '../base/defaults.ts';
import type { SizeProblem } from '../model/command-messages.ts';
import { subsetFontMarker } from './subset-font-file.ts';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface SiteSizes {
  /** Scripts index.html loads at start (entry and module preloads). */
  initialJs: FileSize[];
  css: FileSize[];
  /** The fonts a visit fetches: the cut ones where the build cut them (font-subset-plugin.ts). */
  fonts: FileSize[];
  /** Whole fonts behind the cut ones, fetched only for a character the cut ones lack. */
  wholeFonts: FileSize[];
  other: FileSize[];
}

export interface Budget {
  /** Initial JS may be at most this many times the floor. */
  jsFactor: number;
}

export const defaultBudget: Budget = { jsFactor: defaults.jsBudgetFactor };

export function sizeOf(file: string, data: Uint8Array | string): FileSize {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { file, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

export function total(sizes: readonly FileSize[]): { raw: number; gzip: number } {
  return sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
}

/** Sizes of a built site, grouped the way the budget talks about them. */
export async function measureSite(distDir: string): Promise<SiteSizes> {
  const index = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...index.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.?\/?([^"]+\.js)"/g)].map(
      (match) => match[1] ?? '',
    ),
  );
  const sizes: SiteSizes = { initialJs: [], css: [], fonts: [], wholeFonts: [], other: [] };
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file.startsWith('png/')) continue;
    const size = sizeOf(file, await readFile(path.join(distDir, file)));
    if (initial.has(file)) sizes.initialJs.push(size);
    else if (file.endsWith('.css')) sizes.css.push(size);
    else if (/\.(woff2?|ttf|otf|eot)$/.test(file)) sizes.fonts.push(size);
    else sizes.other.push(size);
  }
  const cut = sizes.fonts.filter((font) => font.file.includes(`-${subsetFontMarker}-`));
  if (cut.length > 0) {
    sizes.wholeFonts = sizes.fonts.filter((font) => !cut.includes(font));
    sizes.fonts = cut;
  }
  return sizes;
}

/**
 * The least JS the deck could load at start: reveal.js alone, bundled and minified by the same
 * Vite, with nothing of ours around it. Chart.js is not part of it: the deck loads it only when a
 * chart is near (src/deck/chart-mounter.ts), and the speaker console only when it is opened.
 */
export async function measureJsFloor(root: string): Promise<FileSize> {
  const dir = path.join(root, 'node_modules', '.cache', `js-floor-${process.pid}`);
  const entry = path.join(dir, 'floor.js');
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(entry, ["import Reveal from 'reveal.js';", 'window.floor = new Reveal();'].join('\n'));
    const output = (await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: { write: false, target: 'es2022', modulePreload: false, rolldownOptions: { input: entry } },
    })) as Rolldown.RolldownOutput;
    const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    return sizeOf('floor', chunks.map((chunk) => chunk.code).join(''));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every way the site breaks its size budget, as lines to print; empty when within it. */
export async function checkBudget(
  distDir: string,
  sizes: SiteSizes,
  floor: FileSize,
  budget: Budget = defaultBudget,
): Promise<SizeProblem[]> {
  const problems: SizeProblem[] = [];
  for (const font of [...sizes.fonts, ...sizes.wholeFonts]) {
    if (!font.file.endsWith('.woff2')) problems.push({ kind: 'fontNotWoff2', file: font.file });
    if (!/-(latin|vietnamese)-/.test(font.file)) problems.push({ kind: 'fontNotSubset', file: font.file });
  }
  for (const css of sizes.css) {
    const text = await readFile(path.join(distDir, css.file), 'utf8');
    if (/url\(\s*["']?data:(font|application\/(x-)?font)/.test(text)) problems.push({ kind: 'fontInlined', file: css.file });
    if (/fonts\.googleapis|@import\s+url\(\s*["']?https?:/.test(text)) problems.push({ kind: 'foreignStylesheet', file: css.file });
  }
  const js = total(sizes.initialJs);
  const limit = { raw: floor.raw * budget.jsFactor, gzip: floor.gzip * budget.jsFactor };
  const factor = budget.jsFactor;
  if (js.raw > limit.raw) problems.push({ kind: 'jsOverBudget', bytes: js.raw, limit: Math.floor(limit.raw), factor, gzip: false });
  if (js.gzip > limit.gzip) problems.push({ kind: 'jsOverBudget', bytes: js.gzip, limit: Math.floor(limit.gzip), factor, gzip: true });
  return problems;
}
