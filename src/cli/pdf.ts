import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { claimOutputFile, outputRules } from '../base/claim-output.ts';
import { maxTimerMs, parseCliOptions, parseIntegerOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';

const usage = `Usage: npm run pdf [-- --handout] [--out FILE] [--no-build] [--fragments]

Builds the deck, then prints it to PDF with a headless Chromium.
  --handout      A4 handout: each slide with its speaker notes (default file: dist/deck-handout.pdf)
  --out FILE     where to write the PDF (default: deck.pdf in the --dist directory)
  --no-build     export the existing dist/ without rebuilding it
  --fragments    one page per fragment step (default: one page per slide, every fragment shown)
  --slides DIR   content directory (default: slides)
  --dist DIR     built site to export, and where to build it (default: dist)
  --timeout MS   bound on each wait: loading, the deck's ready signal, printing (default: 60000)
  --help         show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      handout: { type: 'boolean', default: false },
      out: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      fragments: { type: 'boolean', default: false },
      slides: { type: 'string', default: 'slides' },
      dist: { type: 'string', default: 'dist' },
      timeout: { type: 'string', default: '60000' },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const timeoutMs = parseIntegerOption('timeout', values.timeout, { min: 1, max: maxTimerMs, unit: 'milliseconds' }, usage);
  const distDir = values.dist;
  const out = values.out ?? path.join(distDir, values.handout ? 'deck-handout.pdf' : 'deck.pdf');
  const rules = outputRules({ contentDir: values.slides });
  // Before any work: a PDF that could not be written is found now, not after the rendering.
  await claimOutputFile(out, { extension: '.pdf', rules });
  const progress = createProgress();
  if (!values['no-build']) {
    // Loaded only when needed: Vite is slow to import. The rebuild keeps every earlier export in dist/.
    const { buildSite } = await import('../site/build-site.ts');
    await buildSite({ root: process.cwd(), slidesDir: values.slides, outDir: distDir, progress, rules });
  }
  const { exportPdf } = await import('../pdf/export-pdf.ts');
  await exportPdf({
    distDir,
    out,
    handout: values.handout,
    fragments: values.fragments,
    timeoutMs,
    creator: await readCreator(),
    progress,
    rules,
  });
});

/** "name version" of this project, for the PDF's creator field. */
async function readCreator(): Promise<string> {
  const file = new URL('../../package.json', import.meta.url);
  const { name, version } = JSON.parse(await readFile(file, 'utf8')) as { name: string; version: string };
  return `${name} ${version}`;
}
