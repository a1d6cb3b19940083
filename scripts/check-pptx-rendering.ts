/**
 * Converts a .pptx to PDF with LibreOffice and reads the result back: page count, text per page,
 * and pages that came out blank. Used by `npm run check:pptx` and, when LibreOffice is installed,
 * by tests/unit/pptx/libreoffice-render.test.ts.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { plainText } from '../src/base/base-messages.ts';
import { DeckError } from '../src/base/errors.ts';
import { isExecutable } from '../src/browser/find-browser.ts';

const run = promisify(execFile);

export const sofficeInstallHint =
  'install LibreOffice Impress (Debian/Ubuntu: sudo apt-get install -y libreoffice-impress) or set SOFFICE_PATH';

/** SOFFICE_PATH, then soffice or libreoffice on the PATH, then the usual install folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SOFFICE_PATH) return isExecutable(env.SOFFICE_PATH) ? env.SOFFICE_PATH : undefined;
  for (const command of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return [
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ].find(isExecutable);
}

export interface PptxRendering {
  pdf: string;
  pages: number;
  /** Each page's text in the order it was drawn (pdftotext -raw), so a big number stays beside its qualifier. */
  pageText: string[];
  /** 1-based numbers of pages with no text or a single colour. */
  blankPages: number[];
  /** Page images, for looking at. */
  images: string[];
  conversionSeconds: number;
}

export interface RenderPptxOptions {
  /** Where the PDF, the page images and LibreOffice's scratch profile go. */
  workDir: string;
  soffice?: string;
  timeoutMs?: number;
  /** Resolution of the page images. */
  dpi?: number;
}

export async function renderPptxWithLibreOffice(pptx: string, options: RenderPptxOptions): Promise<PptxRendering> {
  const soffice = options.soffice ?? findSoffice();
  if (!soffice) throw new DeckError('noBrowser', plainText(`LibreOffice not found: ${sofficeInstallHint}`));
  await mkdir(options.workDir, { recursive: true });
  const timeoutMs = options.timeoutMs ?? 120_000;
  // A profile of its own, so the check runs beside an open LibreOffice or another check.
  const profile = pathToFileURL(path.join(path.resolve(options.workDir), 'profile')).href;
  const started = performance.now();
  try {
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', options.workDir, pptx], {
      timeout: timeoutMs,
    });
  } catch (error) {
    if ((error as { killed?: boolean }).killed)
      throw new DeckError('timeout', plainText(`LibreOffice did not convert ${pptx} within ${timeoutMs / 1000} s`));
    throw new DeckError('browserCrashed', plainText(`LibreOffice failed to convert ${pptx}: ${(error as Error).message.split('\n')[0]}`));
  }
  const conversionSeconds = (performance.now() - started) / 1000;
  const pdf = path.join(options.workDir, `${path.basename(pptx, path.extname(pptx))}.pdf`);
  const pages = (await PDFDocument.load(await readFile(pdf))).getPageCount();
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
  const pageText = stdout.split('\f').slice(0, pages);

  const prefix = path.join(options.workDir, 'page');
  await run('pdftoppm', ['-r', String(options.dpi ?? 60), '-png', pdf, prefix]);
  await run('pdftoppm', ['-r', '12', '-gray', pdf, `${prefix}-gray`]);
  const files = (await readdir(options.workDir)).sort();
  const images = files.filter((name) => /^page-\d+\.png$/.test(name)).map((name) => path.join(options.workDir, name));
  const grays = files.filter((name) => /^page-gray-\d+\.pgm$/.test(name)).map((name) => path.join(options.workDir, name));
  const blankPages: number[] = [];
  for (const [index, gray] of grays.entries()) {
    if (!pageText[index]?.trim() || isOneColour(await readFile(gray))) blankPages.push(index + 1);
  }
  return { pdf, pages, pageText, blankPages, images, conversionSeconds };
}

/**
 * The facts not found in the pages' text. Spaces are ignored: pdftotext drops the one between a big
 * number and its smaller unit ("45cá nhân"), though the slide has it (the zip test checks that).
 */
export function missingFacts(pageText: readonly string[], facts: readonly string[]): string[] {
  const text = pageText.join('').replace(/\s+/g, '');
  return facts.filter((fact) => !text.includes(fact.replace(/\s+/g, '')));
}

/** A binary PGM (P5) whose pixels are all within a whisker of one grey. */
function isOneColour(pgm: Buffer): boolean {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote an unexpected image format');
  const pixels = pgm.subarray(header[0].length);
  const first = pixels[0] ?? 0;
  const differing = pixels.reduce((count, value) => count + (Math.abs(value - first) > 24 ? 1 : 0), 0);
  return differing < pixels.length * 0.002;
}
