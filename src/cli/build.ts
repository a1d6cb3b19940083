import { parseArgs } from 'node:util';
import { buildSite } from '../build/build-site.ts';
import { DeckError } from '../errors.ts';
import { createProgress } from './progress.ts';
import { runCli } from './run-cli.ts';

const usage = `Usage: npm run build [-- --slides DIR] [--out DIR]

Checks the content in slides/ and builds the static site.
  --slides DIR  content directory (default: slides)
  --out DIR     output directory (default: dist)
  --no-og-image skip the social preview image (it needs Chrome or Chromium)
  --help        show this help`;

await runCli(async () => {
  let values: { slides: string; out: string; help: boolean; 'no-og-image': boolean };
  try {
    ({ values } = parseArgs({
      options: {
        slides: { type: 'string', default: 'slides' },
        out: { type: 'string', default: 'dist' },
        help: { type: 'boolean', default: false },
        'no-og-image': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new DeckError('usage', `${(error as Error).message}\n${usage}`);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  await buildSite({
    root: process.cwd(),
    slidesDir: values.slides,
    outDir: values.out,
    progress: createProgress(),
    ogImage: !values['no-og-image'],
  });
});
