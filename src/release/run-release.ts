import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import type { Progress } from '../base/progress.ts';
import { replaceDirectory } from '../base/replace-directory.ts';
import { launchBrowser } from '../browser/launch-browser.ts';
import { handoutFile, handoutsPerPage, outputFiles, slideImagesDir } from '../model/output-files.ts';
import { exportPdf, type PdfOutput } from '../pdf/export-pdf.ts';
import { exportPng } from '../png/export-png.ts';
import { exportPptx } from '../pptx/export-pptx.ts';
import { buildSite } from '../site/build-site.ts';
import { refreshDownloads } from '../site/refresh-downloads.ts';
import { type Manifest, manifestFile, writeManifest } from './write-manifest.ts';

export interface ReleaseOptions {
  root: string;
  slidesDir: string;
  outDir: string;
  /** Build with the "Nguồn số liệu" appendix: the site, the PDFs and the images then have it. */
  appendix: boolean;
  timeoutMs: number;
  /** Names the tool in the PDFs and the manifest, such as "tn-2016-deck 1.0.0". */
  creator: string;
  progress: Progress;
}

export interface ReleaseResult {
  manifest: Manifest;
  steps: { name: string; seconds: number }[];
}

/**
 * Everything a meeting needs, built into dist/ in one run: the site and offline.html, the
 * presentation PDF (with the charts' data attached), the three handouts, the PowerPoint file, the
 * slide images with their contact sheet, the charts' CSV files, the "Tải về" menu that links them
 * all, and dist/manifest.json. One browser does all the browser work. Everything is made in a
 * scratch folder beside dist/ and swapped in at the end, so a failure leaves dist/ as it was.
 */
export async function runRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const outDir = path.resolve(options.root, options.outDir);
  const scratch = path.join(path.dirname(outDir), `.release-tmp-${process.pid}`);
  // The exporters report the files they write: name them where they will be, not in the scratch folder.
  const shown = (message: string): string =>
    message.replaceAll(scratch, outDir).replaceAll(path.relative(process.cwd(), scratch), path.relative(process.cwd(), outDir) || '.');
  const progress: Progress = {
    step: (message) => options.progress.step(shown(message)),
    done: (message) => options.progress.step(shown(message)),
  };
  const createdAt = new Date();
  const steps: ReleaseResult['steps'] = [];
  const total = 6;
  let browser: Browser | undefined;
  const step = async <T>(index: number, name: string, work: () => Promise<T>): Promise<T> => {
    options.progress.step(`[${index}/${total}] ${name}`);
    const started = performance.now();
    const result = await work();
    steps.push({ name, seconds: (performance.now() - started) / 1000 });
    return result;
  };
  try {
    // The browser starts while Vite builds.
    const starting = launchBrowser();
    starting.catch(() => {});
    await step(1, 'the site, offline.html and the charts’ data', async () =>
      buildSite({
        root: options.root,
        slidesDir: options.slidesDir,
        outDir: scratch,
        progress,
        appendix: options.appendix,
        browser: await starting,
      }),
    );
    browser = await starting;
    // The PowerPoint file needs no browser: it is written while the browser prints.
    const pptx = exportPptx({ slidesDir: options.slidesDir, out: path.join(scratch, outputFiles.pptx) });
    pptx.catch(() => {});
    const outputs: PdfOutput[] = [
      { layout: 'slides', out: path.join(scratch, outputFiles.presentation) },
      ...handoutsPerPage.map((perPage) => ({ layout: perPage, out: path.join(scratch, handoutFile(perPage)) })),
    ];
    await step(2, 'the presentation PDF and the three handouts', () =>
      exportPdf({
        distDir: scratch,
        outputs,
        fragments: false,
        timeoutMs: options.timeoutMs,
        creator: options.creator,
        progress,
        browser,
      }),
    );
    await step(3, 'the slide images and their contact sheet', () =>
      exportPng({
        distDir: scratch,
        outDir: path.join(scratch, slideImagesDir),
        timeoutMs: options.timeoutMs,
        onStep: progress.step,
        browser,
      }),
    );
    await browser.close();
    browser = undefined;
    await step(4, 'the PowerPoint file', () => pptx);
    await step(5, 'the “Tải về” menu', () => refreshDownloads(scratch));
    const manifest = await step(6, manifestFile, () => writeManifest(scratch, options.creator, createdAt));
    await replaceDirectory(scratch, outDir);
    return { manifest, steps };
  } finally {
    await browser?.close().catch(() => {});
    await rm(scratch, { recursive: true, force: true });
  }
}
