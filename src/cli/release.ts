import path from 'node:path';
import { defaults } from '../base/defaults.ts';
import { displayPath } from '../base/display-path.ts';
import { parseCliOptions, parsePathOption, parseTimeoutOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { readCreator } from '../base/project-root.ts';
import { runCli } from '../base/run-cli.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';

const usage = commandMessage('usageRelease', usageValues);

await runCli(commandLocale().say, async () => {
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
  progress.done(
    commandMessage('doneRelease', {
      dir: path.relative(process.cwd(), path.resolve(outDir)) || outDir,
      files: manifest.files.length,
      megabytes: Math.round((bytes / 1024 / 1024) * 10) / 10,
      steps,
      presenterFiles: presenterFiles.map(displayPath),
    }),
  );
});
