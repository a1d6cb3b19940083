import type { ChartBlock, Deck, Slide } from './deck.ts';

/**
 * The files a release writes into dist/, by kind, decided once: the exporters' default names, the
 * site's "Tải về" menu and dist/manifest.json all read them here. Paths are relative to dist/.
 */
export const outputFiles = {
  presentation: 'deck.pdf',
  handoutNotes: 'deck-handout.pdf',
  handout3: 'deck-handout-3.pdf',
  handout6: 'deck-handout-6.pdf',
  pptx: 'deck.pptx',
  offline: 'offline.html',
  contactSheet: 'png/contact-sheet.png',
} as const;

export type OutputKind = keyof typeof outputFiles;

/**
 * The presenter's copy, by kind, in its own folder (defaults.presenterDir): the notes handout and
 * the PowerPoint file with the presenter hints beside the script. The site never links them.
 */
export const presenterFiles = {
  handout: 'deck-presenter.pdf',
  pptx: 'deck-presenter.pptx',
} as const;

/** Handout layouts: 1 is a slide with its speaker notes; 3 and 6 are slides for the reader's own notes. */
export const handoutsPerPage = [1, 3, 6] as const;
export type HandoutPerPage = (typeof handoutsPerPage)[number];

export function handoutFile(perPage: HandoutPerPage): string {
  return perPage === 1 ? outputFiles.handoutNotes : perPage === 3 ? outputFiles.handout3 : outputFiles.handout6;
}

/** The folder of the slide images, and each image's name: png/01.png… */
export const slideImagesDir = 'png';
export function slideImageFile(number: number): string {
  return `${slideImagesDir}/${String(number).padStart(2, '0')}.png`;
}

/** The folder of the charts' data. */
export const chartDataDir = 'data';

export interface ChartDataFile {
  slide: Slide;
  chart: ChartBlock;
  /** data/NN-slide-id.csv, with -2, -3… for a slide's further charts. */
  file: string;
}

/** Every chart of the deck with the CSV file its data is written to. */
export function chartDataFiles(deck: Deck): ChartDataFile[] {
  return deck.sections.flatMap((section) =>
    section.slides.flatMap((slide) =>
      slide.blocks
        .filter((block): block is ChartBlock => block.type === 'chart')
        .map((chart, index) => ({ slide, chart, file: chartDataFile(slide, index) })),
    ),
  );
}

export function chartDataFile(slide: Pick<Slide, 'number' | 'id'>, chartIndex: number): string {
  const suffix = chartIndex > 0 ? `-${chartIndex + 1}` : '';
  return `${chartDataDir}/${String(slide.number).padStart(2, '0')}-${slide.id}${suffix}.csv`;
}
