import { parseArgs } from 'node:util';
import { DeckError } from '../errors.ts';
import { exportPptx } from '../export/export-pptx.ts';
import { createProgress } from './progress.ts';
import { runCli } from './run-cli.ts';

const usage = `Usage: npm run pptx [-- --out FILE] [--slides DIR]

Writes the deck as an editable PowerPoint file: real text, native charts, speaker notes.
Needs no browser and no build.
  --out FILE    output file (default: dist/deck.pptx)
  --slides DIR  content directory (default: slides)
  --help        show this help`;

await runCli(async () => {
  let values: { slides: string; out: string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        slides: { type: 'string', default: 'slides' },
        out: { type: 'string', default: 'dist/deck.pptx' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new DeckError('usage', `${(error as Error).message}\n${usage}`);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const progress = createProgress();
  const result = await exportPptx({ slidesDir: values.slides, out: values.out, progress });
  progress.done(`${result.out}: ${result.slides} slides, ${Math.round(result.bytes / 1024)} KB`);
});
