import path from 'node:path';
import { outputRules } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { displayPath } from '../base/display-path.ts';
import { parseCliOptions, parsePathOption, parseTimeoutOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';

const usage = `Usage: npm run png [-- --dist DIR] [--out DIR]

Saves every slide of the built deck as a 1920×1080 PNG (01.png, 02.png…) and a contact sheet.
Run npm run build first. Only a folder of images made by this command, or a new or empty one,
is replaced.
  --dist DIR     the built site (default: ${defaults.buildDir})
  --out DIR      where the images go (default: DIST/png)
  --timeout MS   bound on each wait: loading, each slide's charts (default: ${defaults.timeoutMs})
  --help         show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      dist: { type: 'string', default: defaults.buildDir },
      out: { type: 'string' },
      timeout: { type: 'string', default: String(defaults.timeoutMs) },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const timeoutMs = parseTimeoutOption(values.timeout, usage);
  const progress = createProgress();
  const distDir = parsePathOption('dist', values.dist, usage);
  const outDir = values.out === undefined ? path.join(distDir, 'png') : parsePathOption('out', values.out, usage);
  // Loaded after the options are read: --help and usage errors need no browser code.
  const { exportPng } = await import('../png/export-png.ts');
  const { files } = await exportPng({
    distDir,
    outDir,
    timeoutMs,
    rules: outputRules(),
    onStep: (message) => progress.step(message),
  });
  const sheets = files.filter((file) => path.basename(file).startsWith('contact-sheet')).length;
  const contactSheets = sheets === 1 ? 'the contact sheet' : `${sheets} contact sheets`;
  progress.done(`wrote ${files.length - sheets} slides and ${contactSheets} to ${displayPath(outDir)}/`);
  if (!values.out) {
    // The site's "Tải về" menu lists the images now beside it.
    const { refreshDownloads } = await import('../site/refresh-downloads.ts');
    await refreshDownloads(distDir);
  }
});
