import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { baseMessage } from '../base/base-messages.ts';
import { claimOutputDirectory, type OutputRules, outputRules } from '../base/claim-output.ts';
import { type Message, mapMessageText } from '../base/message.ts';
import { listFiles, writeOutputMarker } from '../base/output-marker.ts';
import type { Progress } from '../base/progress.ts';
import { registerCleanup } from '../base/register-cleanup.ts';
import { replaceDirectory } from '../base/replace-directory.ts';
import { scratchPath } from '../base/scratch-path.ts';
import { type Manifest, manifestFile, writeManifest } from '../base/write-manifest.ts';
import { launchBrowser } from '../browser/chromium.ts';
import { commandMessage } from '../model/command-messages.ts';
import { publicDeck } from '../model/deck.ts';
import { createDeckContext } from '../model/deck-context.ts';
import { handoutFile, handoutsPerPage, outputFiles, presenterFiles, slideImagesDir } from '../model/output-files.ts';
import { exportPdf, type PdfOutput } from '../pdf/export-pdf.ts';
import { exportPng } from '../png/export-png.ts';
import { exportPptx } from '../pptx/export-pptx.ts';
import { buildSite, siteOutputClaim } from '../site/build-site.ts';
import { refreshDownloads } from '../site/refresh-downloads.ts';

export interface ReleaseOptions {
  root: string;
  slidesDir: string;
  outDir: string;
  /** The presenter's copy (notes handout and PowerPoint file with the hints): a folder of its own, never published. */
  presenterDir: string;
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
  /** The presenter's copy, written beside the release. */
  presenterFiles: string[];
  steps: { name: Message; seconds: number }[];
}

/** The kind of output the presenter's copy is, in its folder's marker. */
export const presenterOutputKind = 'presenter';

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
  const presenterClaim = { kind: presenterOutputKind, rules };
  const presenterDir = await claimOutputDirectory(path.resolve(options.root, options.presenterDir), presenterClaim);
  const scratch = scratchPath(outDir);
  const presenterScratch = scratchPath(presenterDir);
  const removeScratch = async (): Promise<void> => {
    await Promise.all([scratch, presenterScratch].map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })));
  };
  const unregister = registerCleanup(removeScratch);
  // The exporters report the files they write: name them where they will be, not in the scratch folder.
  const relative = (dir: string): string => path.relative(process.cwd(), dir) || '.';
  const shown = (message: Message): Message =>
    mapMessageText(message, (text) =>
      [
        [scratch, outDir],
        [presenterScratch, presenterDir],
      ].reduce((said, [from = '', to = '']) => said.replaceAll(from, to).replaceAll(relative(from), relative(to)), text),
    );
  const progress: Progress = {
    step: (message) => options.progress.step(shown(message)),
    done: (message) => options.progress.step(shown(message)),
  };
  const createdAt = new Date();
  const steps: ReleaseResult['steps'] = [];
  const total = 7;
  let browser: Browser | undefined;
  let starting: Promise<Browser> | undefined;
  const step = async <T>(index: number, name: Message, work: () => Promise<T>): Promise<T> => {
    options.progress.step(baseMessage('numberedStep', { index, total, step: name }));
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
    const built = await step(1, commandMessage('releaseSite', {}), async () =>
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
    // The PowerPoint files need no browser: they are written from the deck just built while the browser prints,
    // the published one without the presenter hints, the presenter's with them.
    await mkdir(presenterScratch, { recursive: true });
    const published = createDeckContext(publicDeck(built.deck), built.locale);
    const pptx = Promise.all([
      exportPptx({ context: published, out: path.join(scratch, outputFiles.pptx), rules }),
      exportPptx({ context: built, out: path.join(presenterScratch, presenterFiles.pptx), rules }),
    ]);
    pptx.catch(() => {});
    const outputs: PdfOutput[] = [
      { layout: 'slides', out: path.join(scratch, outputFiles.presentation) },
      ...handoutsPerPage.map((perPage) => ({ layout: perPage, out: path.join(scratch, handoutFile(perPage)) })),
      { layout: 'presenter', out: path.join(presenterScratch, presenterFiles.handout) },
    ];
    await step(2, commandMessage('releasePdfs', {}), () =>
      exportPdf({
        distDir: scratch,
        outputs,
        fragments: false,
        timeoutMs: options.timeoutMs,
        creator: options.creator,
        progress,
        browser,
        rules,
        presenterContext: built,
      }),
    );
    await step(3, commandMessage('releaseImages', {}), () =>
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
    await step(4, commandMessage('releasePptx', {}), () => pptx);
    await step(5, commandMessage('releaseDownloads', {}), () => refreshDownloads(scratch));
    const manifest = await step(6, commandMessage('releaseManifest', { file: manifestFile }), () =>
      writeManifest(scratch, options.creator, createdAt),
    );
    await step(7, commandMessage('releasePresenter', {}), async () => {
      await writeOutputMarker(presenterScratch, { kind: presenterOutputKind, files: await listFiles(presenterScratch) });
      await replaceDirectory(presenterScratch, presenterDir, presenterClaim);
    });
    await replaceDirectory(scratch, outDir, claim);
    return { manifest, steps, presenterFiles: Object.values(presenterFiles).map((file) => path.join(presenterDir, file)) };
  } finally {
    unregister();
    // A failure before the browser was handed over (bad content, found while it started) closes it too:
    // left running, its pipe kept this process alive, and the release never ended.
    if (!browser && starting) browser = await starting.catch(() => undefined);
    await browser?.close().catch(() => {});
    await removeScratch();
  }
}
