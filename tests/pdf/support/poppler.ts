import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of each page, as poppler's pdftotext reads it (pages split on form feeds). */
export async function pageTexts(file: string): Promise<string[]> {
  // -raw keeps the content stream's order, which is the slide's reading order.
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout.split('\f').slice(0, -1);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table, one row per font. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const [name = '', ...rest] = line.trim().split(/\s+/);
      // The last five columns: emb sub uni object-number generation.
      const [embedded, subset, unicode] = rest.slice(-5, -2);
      return {
        name,
        type: rest.slice(0, -6).join(' '),
        embedded: embedded === 'yes',
        subset: subset === 'yes',
        unicode: unicode === 'yes',
      };
    });
}

/** Each page's size in points, from pdfinfo. */
export async function pageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '100000', file]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

/** A page rendered to 8-bit grey. */
export interface GreyPage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Renders every page to grey pixels with pdftoppm, at `dpi` (72 = one pixel per point). */
export async function renderGrey(file: string, dpi: number): Promise<GreyPage[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdf-pages-'));
  try {
    await run('pdftoppm', ['-gray', '-r', String(dpi), file, path.join(dir, 'page')]);
    const names = (await readdir(dir)).filter((name) => name.endsWith('.pgm')).sort();
    return Promise.all(names.map(async (name) => parsePgm(await readFile(path.join(dir, name)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function parsePgm(data: Buffer): GreyPage {
  // "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = data.subarray(0, 64).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error('not a binary PGM');
  const width = Number(match[1]);
  const height = Number(match[2]);
  return { width, height, pixels: data.subarray(match[0].length, match[0].length + width * height) };
}

/** The page's most common grey: its background. */
export function backgroundOf(page: GreyPage): number {
  const counts = new Array<number>(256).fill(0);
  for (const value of page.pixels) counts[value] = (counts[value] ?? 0) + 1;
  return counts.indexOf(Math.max(...counts));
}

export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The share of pixels in `box` (default: the whole page) that differ clearly from the background. */
export function inkShare(page: GreyPage, box: PixelBox = { x: 0, y: 0, width: page.width, height: page.height }): number {
  const background = backgroundOf(page);
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(page.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(page.height, Math.ceil(box.y + box.height));
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (Math.abs((page.pixels[y * page.width + x] ?? background) - background) > 40) ink += 1;
    }
  }
  return ink / Math.max(1, (x1 - x0) * (y1 - y0));
}
