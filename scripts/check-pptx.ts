/**
 * `npm run check:pptx`: a manual check of the PowerPoint export in LibreOffice. Exports the deck,
 * converts it to PDF with LibreOffice headless, and checks one page per slide, every slide's words and
 * big figures in the text and no blank page. The PDF and page images stay in the output folder: look at them.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DeckError } from '../src/base/errors.ts';
import { createProgress } from '../src/base/progress.ts';
import { runCli } from '../src/base/run-cli.ts';
import { loadDeckOrThrow } from '../src/content/load-deck.ts';
import { createLocale } from '../src/model/locale.ts';
import { exportPptx } from '../src/pptx/export-pptx.ts';
import { readableFacts } from '../tests/helpers/deck-facts.ts';
import { missingFacts, renderPptxWithLibreOffice } from './check-pptx-rendering.ts';

const usage = `Usage: npm run check:pptx [-- --out DIR]

Exports dist/deck.pptx, converts it to PDF with LibreOffice and checks the pages.
  --out DIR   where the PDF and the page images go (default: dist/pptx-check)
  --help      show this help`;

await runCli(async () => {
  let values: { out: string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: { out: { type: 'string', default: 'dist/pptx-check' }, help: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    throw new DeckError('usage', `${(error as Error).message}\n${usage}`);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const progress = createProgress({ enabled: true });
  const pptx = await exportPptx({ slidesDir: 'slides', out: 'dist/deck.pptx', progress });
  await rm(values.out, { recursive: true, force: true });
  progress.step('converting with LibreOffice');
  const rendering = await renderPptxWithLibreOffice(pptx.out, { workDir: values.out });
  await rm(path.join(values.out, 'profile'), { recursive: true, force: true });
  const deck = await loadDeckOrThrow('slides');
  const missing = missingFacts(rendering.pageText, readableFacts(deck, createLocale(deck.meta.lang)));
  const problems = [
    ...(rendering.pages === pptx.slides ? [] : [`${rendering.pages} pages for ${pptx.slides} slides`]),
    ...rendering.blankPages.map((page) => `page ${page} is blank`),
    ...missing.map((fact) => `"${fact}" is not in the text`),
  ];
  const report = [
    `LibreOffice converted ${pptx.out} in ${rendering.conversionSeconds.toFixed(1)} s: ${rendering.pages} pages`,
    ...rendering.pageText.map((page, index) => `  ${index + 1}. ${page.trim().split('\n')[0]?.slice(0, 90) ?? ''}`),
    `PDF: ${rendering.pdf}; page images: ${path.join(values.out, 'page-*.png')} (look at them)`,
  ];
  process.stdout.write(`${report.join('\n')}\n`);
  if (problems.length > 0)
    throw new DeckError('content', `the LibreOffice rendering has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  progress.done('every slide has a page with its words and figures; no page is blank');
});
