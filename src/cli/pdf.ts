import path from 'node:path';
import { claimOutputFile, outputRules } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import { parseCliOptions, parsePathOption, parseTimeoutOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { readCreator } from '../base/project-root.ts';
import { runCli } from '../base/run-cli.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';
import { type HandoutPerPage, handoutFile, handoutsPerPage, outputFiles } from '../model/output-files.ts';

const usage = commandMessage('usagePdf', usageValues);

await runCli(commandLocale().say, async () => {
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
      throw new DeckError('usage', commandMessage('builtWithoutAppendix', { dir: distDir }));
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
  if (!handout) throw new DeckError('usage', commandMessage('perPageNeedsHandout', {}), { usage });
  const perPage = handoutsPerPage.find((candidate) => String(candidate) === value);
  if (perPage === undefined) throw new DeckError('usage', commandMessage('perPageValue', { got: value }), { usage });
  return perPage;
}
