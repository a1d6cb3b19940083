import { parseCliOptions } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { buildSite } from '../site/build-site.ts';

const usage = `Usage: npm run build [-- --slides DIR] [--out DIR]

Checks the content in slides/ and builds the static site.
  --slides DIR  content directory (default: slides)
  --out DIR     output directory (default: dist)
  --no-og-image skip the social preview image (it needs Chrome or Chromium)
  --appendix    add the "Nguồn số liệu" appendix: every figure with its sentence of the source
  --help        show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      slides: { type: 'string', default: 'slides' },
      out: { type: 'string', default: 'dist' },
      'no-og-image': { type: 'boolean', default: false },
      appendix: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  await buildSite({
    root: process.cwd(),
    slidesDir: values.slides,
    outDir: values.out,
    progress: createProgress(),
    ogImage: !values['no-og-image'],
    appendix: values.appendix,
  });
});
