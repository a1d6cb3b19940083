import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { claimOutputDirectory, type OutputRules, outputRules } from '../base/claim-output.ts';
import type { Progress } from '../base/progress.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { replaceDirectory } from '../base/replace-directory.ts';
import { scratchPath } from '../base/scratch-path.ts';
import { type Manifest, manifestFile, writeManifest } from '../base/write-manifest.ts';
import { launchBrowser } from '../browser/launch-browser.ts';
import { handoutFile, handoutsPerPage, outputFiles, slideImagesDir } from '../model/output-files.ts';
import { exportPdf, type PdfOutput } from '../pdf/export-pdf.ts';
import { exportPng } from '../png/export-png.ts';
import { exportPptx } from '../pptx/export-pptx.ts';
import { buildSite, siteOutputClaim } from '../site/build-site.ts';
import { refreshDownloads } from '../site/refresh-downloads.ts';

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
  /** Where outputs may not go; by default the project, its content and code, the home folder. */
  rules?: OutputRules;
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
  const rules = options.rules ?? outputRules({ contentDir: path.resolve(options.root, options.slidesDir) });
  const claim = siteOutputClaim(rules);
  // Before any work: a folder that is not ours, or cannot be written, is refused now.
  const outDir = await claimOutputDirectory(path.resolve(options.root, options.outDir), claim);
  const scratch = scratchPath(outDir);
  const removeScratch = (): Promise<void> => rm(scratch, { recursive: true, force: true, maxRetries: 3 });
  const unregister = registerCleanup(removeScratch);
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
  let starting: Promise<Browser> | undefined;
  const step = async <T>(index: number, name: string, work: () => Promise<T>): Promise<T> => {
    options.progress.step(`[${index}/${total}] ${name}`);
    const started = performance.now();
    const result = await work();
    steps.push({ name, seconds: (performance.now() - started) / 1000 });
    return result;
  };
  try {
    // The browser starts while Vite builds.
    starting = launchBrowser();
    starting.catch(() => {});
    const launched = starting;
    await step(1, 'the site, offline.html and the charts’ data', async () =>
      buildSite({
        root: options.root,
        slidesDir: options.slidesDir,
        outDir: scratch,
        progress,
        appendix: options.appendix,
        browser: await launched,
        rules,
      }),
    );
    browser = await launched;
    // The PowerPoint file needs no browser: it is written while the browser prints.
    const pptx = exportPptx({ slidesDir: options.slidesDir, out: path.join(scratch, outputFiles.pptx), rules });
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
        rules,
      }),
    );
    await step(3, 'the slide images and their contact sheet', () =>
      exportPng({
        distDir: scratch,
        outDir: path.join(scratch, slideImagesDir),
        timeoutMs: options.timeoutMs,
        onStep: progress.step,
        browser,
        rules,
      }),
    );
    await browser.close();
    browser = undefined;
    await step(4, 'the PowerPoint file', () => pptx);
    await step(5, 'the “Tải về” menu', () => refreshDownloads(scratch));
    const manifest = await step(6, manifestFile, () => writeManifest(scratch, options.creator, createdAt));
    await replaceDirectory(scratch, outDir, claim);
    return { manifest, steps };
  } finally {
    unregister();
    // A failure before the browser was handed over (bad content, found while it started) closes it too:
    // left running, its pipe kept this process alive, and the release never ended.
    if (!browser && starting) browser = await starting.catch(() => undefined);
    await browser?.close().catch(() => {});
    await removeScratch();
  }
}
