import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { exportPptx } from '../pptx/export-pptx.ts';

const usage = `Usage: npm run pptx [-- --out FILE] [--slides DIR]

Writes the deck as an editable PowerPoint file: real text, native charts, speaker notes.
Needs no browser and no build.
  --out FILE    output file (default: dist/deck.pptx)
  --slides DIR  content directory (default: slides)
  --help        show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      slides: { type: 'string', default: 'slides' },
      out: { type: 'string', default: 'dist/deck.pptx' },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const progress = createProgress();
  const result = await exportPptx({
    slidesDir: parsePathOption('slides', values.slides, usage),
    out: parsePathOption('out', values.out, usage),
    progress,
  });
  progress.done(`${result.out}: ${result.slides} slides, ${Math.round(result.bytes / 1024)} KB`);
});
