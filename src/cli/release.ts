import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { maxTimerMs, parseCliOptions, parseIntegerOption, parsePathOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { projectRoot } from '../base/project-root.ts';
import { runCli } from '../base/run-cli.ts';

const usage = `Usage: npm run release [-- --out DIR] [--slides DIR] [--appendix]

Builds everything for the meeting into one folder, in one run with one browser: the site and
offline.html, deck.pdf (the charts' data attached), the handouts deck-handout.pdf, deck-handout-3.pdf
and deck-handout-6.pdf, deck.pptx, png/ (one image per slide and contact-sheet.png), data/ (one CSV
per chart), a "Tải về" menu in the site linking them all, and manifest.json (every file's size and
SHA-256). The folder is replaced only once everything is made.
  --out DIR     output directory (default: dist)
  --slides DIR  content directory (default: slides)
  --appendix    add the "Nguồn số liệu" appendix to the site, the PDFs and the images
  --timeout MS  bound on each wait in the browser (default: 60000)
  --help        show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      out: { type: 'string', default: 'dist' },
      slides: { type: 'string', default: 'slides' },
      appendix: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '60000' },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const timeoutMs = parseIntegerOption('timeout', values.timeout, { min: 1, max: maxTimerMs, unit: 'milliseconds' }, usage);
  const slidesDir = parsePathOption('slides', values.slides, usage);
  const outDir = parsePathOption('out', values.out, usage);
  // Progress is the point of a long command: shown unless asked otherwise, even on CI.
  const progress = createProgress({ enabled: process.env.DECK_QUIET !== '1' });
  const { runRelease } = await import('../release/run-release.ts');
  const { manifest, steps } = await runRelease({
    root: process.cwd(),
    slidesDir,
    outDir,
    appendix: values.appendix,
    timeoutMs,
    creator: await readCreator(),
    progress,
  });
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  const timings = steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s`).join('; ');
  progress.done(
    `released ${path.relative(process.cwd(), path.resolve(outDir)) || outDir}/: ${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (${timings})`,
  );
});

/** "name version" of this project, for the PDFs and the manifest. */
async function readCreator(): Promise<string> {
  const file = path.join(projectRoot, 'package.json');
  const { name, version } = JSON.parse(await readFile(file, 'utf8')) as { name: string; version: string };
  return `${name} ${version}`;
}
