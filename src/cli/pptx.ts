import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { outputRules } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { say } from '../base/message.ts';
import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { loadDeckOrThrow } from '../content/load-deck.ts';
import { formatWarnings } from '../content/problem.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';
import { publicDeck } from '../model/deck.ts';
import { createDeckContext } from '../model/deck-context.ts';
import { outputFiles, presenterFiles } from '../model/output-files.ts';
import { exportPptx } from '../pptx/export-pptx.ts';

const usage = commandMessage('usagePptx', usageValues);

await runCli(commandLocale().say, async () => {
  const values = parseCliOptions(
    {
      slides: { type: 'string', default: defaults.contentDir },
      out: { type: 'string' },
      appendix: { type: 'boolean', default: false },
      presenter: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const progress = createProgress();
  const slidesDir = parsePathOption('slides', values.slides, usage);
  progress.step(commandMessage('stepReading', { dir: slidesDir }));
  const context = await loadDeckOrThrow(slidesDir, {
    appendix: values.appendix,
    onWarnings: (warnings) => process.stderr.write(formatWarnings(warnings, say)),
  });
  const out =
    (values.out === undefined ? undefined : parsePathOption('out', values.out, usage)) ??
    (values.presenter
      ? `${defaults.buildDir}${defaults.presenterSuffix}/${presenterFiles.pptx}`
      : `${defaults.buildDir}/${outputFiles.pptx}`);
  // The published file carries no presenter hint; the presenter's copy has them.
  const shown = values.presenter ? context : createDeckContext(publicDeck(context.deck), context.locale);
  if (values.presenter) await mkdir(path.dirname(out), { recursive: true });
  const result = await exportPptx({ context: shown, out, progress, rules: outputRules({ contentDir: slidesDir }) });
  progress.done(commandMessage('donePptx', { file: result.out, slides: result.slides, kilobytes: Math.round(result.bytes / 1024) }));
});
