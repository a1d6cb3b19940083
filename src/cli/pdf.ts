import path from 'node:path';
import { claimOutputFile, outputRules } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import { parseCliOptions, parsePathOption, parseTimeoutOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { readCreator } from '../base/project-root.ts';
import { runCli } from '../base/run-cli.ts';
import { type HandoutPerPage, handoutFile, handoutsPerPage, outputFiles } from '../model/output-files.ts';

const usage = `Usage: npm run pdf [-- --handout [--per-page 1|3|6]] [--out FILE] [--no-build] [--fragments] [--appendix]

Builds the deck, then prints it to PDF with a headless Chromium.
  --handout       A4 handout: each slide with its speaker notes (default file: dist/deck-handout.pdf)
  --per-page N    with --handout: 1 (slides with their notes, the default), 3 (three slides down the
                  left, ruled lines for notes beside them: dist/deck-handout-3.pdf) or 6 (a 2×3 grid
                  of slides with their numbers and titles: dist/deck-handout-6.pdf)
  --appendix      build with the "Nguồn số liệu" appendix: every figure with its sentence of the source
  --out FILE      where to write the PDF (default: the name above in the --dist directory)
  --no-build      export the existing dist/ without rebuilding it
  --fragments     one page per fragment step (default: one page per slide, every fragment shown)
  --slides DIR    content directory (default: ${defaults.contentDir})
  --dist DIR      built site to export, and where to build it (default: ${defaults.buildDir})
  --timeout MS    bound on each wait: loading, the deck's ready signal, printing (default: ${defaults.timeoutMs})
  --help          show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    {
      handout: { type: 'boolean', default: false },
      'per-page': { type: 'string' },
      appendix: { type: 'boolean', default: false },
      out: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      fragments: { type: 'boolean', default: false },
      slides: { type: 'string', default: defaults.contentDir },
      dist: { type: 'string', default: defaults.buildDir },
      timeout: { type: 'string', default: String(defaults.timeoutMs) },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const timeoutMs = parseTimeoutOption(values.timeout, usage);
  const perPage = readPerPage(values['per-page'], values.handout);
  const distDir = parsePathOption('dist', values.dist, usage);
  const slidesDir = parsePathOption('slides', values.slides, usage);
  const out =
    values.out === undefined
      ? path.join(distDir, perPage === undefined ? outputFiles.presentation : handoutFile(perPage))
      : parsePathOption('out', values.out, usage);
  const rules = outputRules({ contentDir: slidesDir });
  // Before any work: a PDF that could not be written is found now, not after the rendering.
  await claimOutputFile(out, { extension: '.pdf', rules });
  const progress = createProgress();
  if (!values['no-build']) {
    // Loaded only when needed: Vite is slow to import. The rebuild keeps every earlier export in dist/.
    const { buildSite } = await import('../site/build-site.ts');
    await buildSite({ root: process.cwd(), slidesDir, outDir: distDir, progress, rules, appendix: values.appendix });
  } else if (values.appendix) {
    const { readBuiltDeck } = await import('../content/read-built-deck.ts');
    const { deck } = await readBuiltDeck(distDir);
    if (!deck.sections.some((section) => section.appendix)) {
      throw new DeckError(
        'usage',
        `${distDir} was built without the appendix: leave out --no-build, or build with npm run build -- --appendix`,
      );
    }
  }
  const { exportPdf } = await import('../pdf/export-pdf.ts');
  await exportPdf({
    distDir,
    outputs: [{ layout: perPage ?? 'slides', out }],
    fragments: values.fragments,
    timeoutMs,
    creator: await readCreator(),
    progress,
    rules,
  });
  const inDist = path.relative(distDir, out);
  if (!inDist.startsWith('..') && !path.isAbsolute(inDist)) {
    const { refreshDownloads } = await import('../site/refresh-downloads.ts');
    await refreshDownloads(distDir);
  }
});

/** The handout's slides per page, or undefined for the presentation. */
function readPerPage(value: string | undefined, handout: boolean): HandoutPerPage | undefined {
  if (value === undefined) return handout ? 1 : undefined;
  if (!handout) throw new DeckError('usage', `--per-page goes with --handout\n${usage}`);
  const perPage = handoutsPerPage.find((candidate) => String(candidate) === value);
  if (perPage === undefined) throw new DeckError('usage', `--per-page must be 1, 3 or 6, got "${value}"\n${usage}`);
  return perPage;
}
