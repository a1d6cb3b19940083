import { claimOutputFile, type OutputRules, outputRules } from '../base/claim-output.ts';
import type { Progress } from '../base/progress.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { loadDeckOrThrow } from '../content/load-deck.ts';
import { formatWarnings } from '../content/problem.ts';
import { createLocale } from '../model/locale.ts';
import { buildPptxSlides } from './build-pptx-slides.ts';
import { renderPptx } from './render-pptx.ts';

export interface ExportPptxOptions {
  slidesDir: string;
  out: string;
  progress?: Progress;
  /** Where outputs may not go; by default the project, its content and code, the home folder. */
  rules?: OutputRules;
}

export interface ExportPptxResult {
  out: string;
  slides: number;
  bytes: number;
}

/** slides/ → the typed Deck → an editable PowerPoint file, written atomically. No browser is involved. */
export async function exportPptx(options: ExportPptxOptions): Promise<ExportPptxResult> {
  await claimOutputFile(options.out, { extension: '.pptx', rules: options.rules ?? outputRules({ contentDir: options.slidesDir }) });
  options.progress?.step(`reading ${options.slidesDir}`);
  const deck = await loadDeckOrThrow(options.slidesDir, { onWarnings: (warnings) => process.stderr.write(formatWarnings(warnings)) });
  const description = buildPptxSlides(deck, createLocale(deck.meta.lang));
  options.progress?.step(`writing ${description.slides.length} slides`);
  const data = await renderPptx(description);
  await writeAtomically(options.out, data);
  return { out: options.out, slides: description.slides.length, bytes: data.byteLength };
}
