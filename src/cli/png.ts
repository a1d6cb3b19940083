import path from 'node:path';
import { outputRules } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { displayPath } from '../base/display-path.ts';
import { parseCliOptions, parsePathOption, parseTimeoutOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';

const usage = commandMessage('usagePng', usageValues);

await runCli(commandLocale().say, async () => {
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
  progress.done(commandMessage('donePng', { slides: files.length - sheets, sheets, dir: displayPath(outDir) }));
  if (!values.out) {
    // The site's "Tải về" menu lists the images now beside it.
    const { refreshDownloads } = await import('../site/refresh-downloads.ts');
    await refreshDownloads(distDir);
  }
});
