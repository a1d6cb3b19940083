import { defaults } from '../base/defaults.ts';
import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';

const usage = `Usage: npm run build [-- --slides DIR] [--out DIR]

Checks the content in slides/ and builds the static site. Earlier exports inside the output
directory (PDF, PPTX, PNG) are kept. Only an earlier build, or a new or empty directory, is replaced.
  --slides DIR   content directory (default: ${defaults.contentDir})
  --out DIR      output directory (default: ${defaults.buildDir})
  --no-og-image  skip the social preview image (it needs Chrome or Chromium)
  --appendix     add the "Nguồn số liệu" appendix: every figure with its sentence of the source
  --help         show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      slides: { type: 'string', default: defaults.contentDir },
      out: { type: 'string', default: defaults.buildDir },
      'no-og-image': { type: 'boolean', default: false },
      appendix: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const slidesDir = parsePathOption('slides', values.slides, usage);
  const outDir = parsePathOption('out', values.out, usage);
  // Loaded after the options are read: --help and usage errors need no bundler.
  const { buildSite } = await import('../site/build-site.ts');
  await buildSite({
    root: process.cwd(),
    slidesDir,
    outDir,
    progress: createProgress(),
    ogImage: !values['no-og-image'],
    appendix: values.appendix,
  });
});
