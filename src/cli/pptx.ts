import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { outputRules } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { loadDeckOrThrow } from '../content/load-deck.ts';
import { formatWarnings } from '../content/problem.ts';
import { publicDeck } from '../model/deck.ts';
import { createDeckContext } from '../model/deck-context.ts';
import { outputFiles, presenterFiles } from '../model/output-files.ts';
import { exportPptx } from '../pptx/export-pptx.ts';

const usage = `Usage: npm run pptx [-- --out FILE] [--slides DIR]

Writes the deck as an editable PowerPoint file: real text, native charts, speaker notes.
Needs no browser and no build.
  --out FILE    output file (default: ${defaults.buildDir}/${outputFiles.pptx})
  --slides DIR  content directory (default: ${defaults.contentDir})
  --appendix    add the "Nguồn số liệu" appendix: every figure with its sentence of the source
  --presenter   the presenter's copy: the presenter hints beside the script in the notes
                (default file: ${defaults.buildDir}${defaults.presenterSuffix}/${presenterFiles.pptx}; never publish it)
  --help        show this help`;

await runCli(async () => {
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
  progress.step(`reading ${slidesDir}`);
  const context = await loadDeckOrThrow(slidesDir, {
    appendix: values.appendix,
    onWarnings: (warnings) => process.stderr.write(formatWarnings(warnings)),
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
  progress.done(`${result.out}: ${result.slides} slides, ${Math.round(result.bytes / 1024)} KB`);
});
