import path from 'node:path';
import { defaults } from '../base/defaults.ts';
import { displayPath } from '../base/display-path.ts';
import { parseCliOptions, parsePathOption, parseTimeoutOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { readCreator } from '../base/project-root.ts';
import { runCli } from '../base/run-cli.ts';

const usage = `Usage: npm run release [-- --out DIR] [--slides DIR] [--appendix]

Builds everything for the meeting into one folder, in one run with one browser: the site and
offline.html, deck.pdf (the charts' data attached), the handouts deck-handout.pdf, deck-handout-3.pdf
and deck-handout-6.pdf, deck.pptx, png/ (one image per slide and contact-sheet.png), data/ (one CSV
per chart), a "Tải về" menu in the site linking them all, and manifest.json (every file's size and
SHA-256). The folder is replaced only once everything is made.
  --out DIR     output directory (default: ${defaults.buildDir}); the presenter's copy (the
                notes handout and the PowerPoint file with the presenter hints) goes beside it,
                in DIR${defaults.presenterSuffix}, never into it
  --slides DIR  content directory (default: ${defaults.contentDir})
  --appendix    add the "Nguồn số liệu" appendix to the site, the PDFs and the images
  --timeout MS  bound on each wait in the browser (default: ${defaults.timeoutMs})
  --help        show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      out: { type: 'string', default: defaults.buildDir },
      slides: { type: 'string', default: defaults.contentDir },
      appendix: { type: 'boolean', default: false },
      timeout: { type: 'string', default: String(defaults.timeoutMs) },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const timeoutMs = parseTimeoutOption(values.timeout, usage);
  const slidesDir = parsePathOption('slides', values.slides, usage);
  const outDir = parsePathOption('out', values.out, usage);
  // Progress is the point of a long command: shown unless asked otherwise, even on CI.
  const progress = createProgress({ enabled: process.env.DECK_QUIET !== '1' });
  const { runRelease } = await import('../release/run-release.ts');
  const { manifest, steps, presenterFiles } = await runRelease({
    root: process.cwd(),
    slidesDir,
    outDir,
    presenterDir: `${outDir.replace(/[\\/]+$/, '')}${defaults.presenterSuffix}`,
    appendix: values.appendix,
    timeoutMs,
    creator: await readCreator(),
    progress,
  });
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  const timings = steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s`).join('; ');
  progress.done(
    `released ${path.relative(process.cwd(), path.resolve(outDir)) || outDir}/: ${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (${timings}); the presenter's copy, not to publish: ${presenterFiles.map(displayPath).join(', ')}`,
  );
});
