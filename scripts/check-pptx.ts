/**
 * `npm run check:pptx`: a manual check of the PowerPoint export in LibreOffice. Exports the deck,
 * converts it to PDF with LibreOffice headless, and checks one page per slide, every slide's words and
 * big figures in the text and no blank page. The PDF and page images stay in the output folder: look at them.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { plainText } from '../src/base/base-messages.ts';
import { claimOutputDirectory, outputRules } from '../src/base/claim-output.ts';
import { DeckError } from '../src/base/errors.ts';
import { listFiles, writeOutputMarker } from '../src/base/output-marker.ts';
import { parseCliOptions } from '../src/base/parse-cli-options.ts';
import { createProgress } from '../src/base/progress.ts';
import { runCli } from '../src/base/run-cli.ts';
import { loadDeckOrThrow } from '../src/content/load-deck.ts';
import { commandLocale } from '../src/model/command-words.ts';
import { exportPptx } from '../src/pptx/export-pptx.ts';
import { readableFacts } from '../tests/helpers/deck-facts.ts';
import { missingFacts, renderPptxWithLibreOffice } from './check-pptx-rendering.ts';

const usage = plainText(`Usage: npm run check:pptx [-- --out DIR]

Exports dist/deck.pptx, converts it to PDF with LibreOffice and checks the pages.
Only a folder this check made, or a new or empty one, is replaced.
  --out DIR   where the PDF and the page images go (default: dist/pptx-check)
  --help      show this help`);

await runCli(commandLocale().say, async () => {
  const values = parseCliOptions({ out: { type: 'string', default: 'dist/pptx-check' }, help: { type: 'boolean', default: false } }, usage);
  if (!values) return;
  const rules = outputRules({ contentDir: 'slides' });
  const claim = { kind: 'pptx-check', rules, recognise: isUnmarkedCheckFolder };
  const outDir = await claimOutputDirectory(values.out, claim);
  const progress = createProgress({ enabled: true });
  const context = await loadDeckOrThrow('slides');
  const pptx = await exportPptx({ context, out: 'dist/deck.pptx', progress, rules });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeOutputMarker(outDir, { kind: claim.kind, files: [] });
  progress.step(plainText('converting with LibreOffice'));
  const rendering = await renderPptxWithLibreOffice(pptx.out, { workDir: outDir });
  await rm(path.join(outDir, 'profile'), { recursive: true, force: true });
  await writeOutputMarker(outDir, { kind: claim.kind, files: (await listFiles(outDir)).filter((file) => !file.startsWith('.')) });
  const missing = missingFacts(rendering.pageText, readableFacts(context.deck, context.locale));
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
    throw new DeckError('content', plainText(`the LibreOffice rendering has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`));
  progress.done(plainText('every slide has a page with its words and figures; no page is blank'));
});

/** A check folder made before folders were marked: only the PDF and its page images. */
async function isUnmarkedCheckFolder(dir: string): Promise<boolean> {
  return (await readdir(dir)).every((name) => /^(deck\.pdf|page-(gray-)?\d+\.(png|pgm))$/.test(name));
}
