import type { Progress } from '../cli/progress.ts';
import { loadDeckOrThrow } from '../content/load-deck.ts';
import { buildPptxSlides } from '../pptx/build-pptx-slides.ts';
import { renderPptx } from '../pptx/render-pptx.ts';
import { writeAtomically } from './write-atomically.ts';

export interface ExportPptxOptions {
  slidesDir: string;
  out: string;
  progress?: Progress;
}

export interface ExportPptxResult {
  out: string;
  slides: number;
  bytes: number;
}

/** slides/ → the typed Deck → an editable PowerPoint file, written atomically. No browser is involved. */
export async function exportPptx(options: ExportPptxOptions): Promise<ExportPptxResult> {
  options.progress?.step(`reading ${options.slidesDir}`);
  const deck = await loadDeckOrThrow(options.slidesDir);
  const description = buildPptxSlides(deck);
  options.progress?.step(`writing ${description.slides.length} slides`);
  const data = await renderPptx(description);
  await writeAtomically(options.out, data);
  return { out: options.out, slides: description.slides.length, bytes: data.byteLength };
}
