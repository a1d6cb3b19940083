import { claimOutputFile, type OutputRules, outputRules } from '../base/claim-output.ts';
import type { Progress } from '../base/progress.ts';
import { writeAtomically } from '../base/write-atomically.ts';
import { commandMessage } from '../model/command-messages.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { buildPptxSlides } from './build-pptx-slides.ts';
import { renderPptx } from './render-pptx.ts';

export interface ExportPptxOptions {
  /** The deck as loaded from slides/ or read from a build (npm run release exports the deck it built). */
  context: DeckContext;
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

/** The typed Deck → an editable PowerPoint file, written atomically. No browser is involved. */
export async function exportPptx(options: ExportPptxOptions): Promise<ExportPptxResult> {
  await claimOutputFile(options.out, { extension: '.pptx', rules: options.rules ?? outputRules() });
  const description = buildPptxSlides(options.context);
  options.progress?.step(commandMessage('stepWritingSlides', { slides: description.slides.length }));
  const data = await renderPptx(description);
  await writeAtomically(options.out, data);
  return { out: options.out, slides: description.slides.length, bytes: data.byteLength };
}
