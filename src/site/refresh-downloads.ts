import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from '../base/write-atomically.ts';
import { readBuiltDeck } from '../content/read-built-deck.ts';
import { type DownloadList, downloadsMarkers, renderDownloadsMenu } from '../html/render-downloads-menu.ts';
import { allSlides } from '../model/deck.ts';
import { chartDataFiles, type OutputKind, outputFiles, slideImageFile } from '../model/output-files.ts';

/**
 * The page that carries the "Tải về" menu. offline.html has none: copied alone onto a USB stick it
 * has no files beside it, and its charts carry their CSV inline (src/site/inline-chart-data.ts).
 */
const menuPage = 'index.html';

/**
 * Writes the "Tải về" menu of index.html and offline.html again from the files now in `distDir`,
 * with their sizes: the build, each export into dist/ and the release call it once their files exist.
 */
export async function refreshDownloads(distDir: string): Promise<DownloadList> {
  const { deck, locale } = await readBuiltDeck(distDir);
  const sizeOf = async (file: string): Promise<number | undefined> => {
    try {
      const info = await stat(path.join(distDir, file));
      return info.isFile() ? info.size : undefined;
    } catch {
      return undefined;
    }
  };
  const outputs: DownloadList['outputs'] = [];
  for (const [kind, file] of Object.entries(outputFiles) as [OutputKind, string][]) {
    const bytes = await sizeOf(file);
    if (bytes !== undefined) outputs.push({ kind, file, bytes });
  }
  const slideImages: DownloadList['slideImages'] = [];
  for (const slide of allSlides(deck)) {
    const file = slideImageFile(slide.number);
    const bytes = await sizeOf(file);
    if (bytes !== undefined) slideImages.push({ number: slide.number, file, bytes });
  }
  const chartData: DownloadList['chartData'] = [];
  for (const { chart, file } of chartDataFiles(deck)) {
    const bytes = await sizeOf(file);
    if (bytes !== undefined) chartData.push({ title: chart.chart.title, file, bytes });
  }
  const list = { outputs, slideImages, chartData };
  if ((await sizeOf(menuPage)) !== undefined) {
    const html = await withMenu(path.join(distDir, menuPage), renderDownloadsMenu(list, locale));
    await writeAtomically(path.join(distDir, menuPage), html);
  }
  return list;
}

/** The page's text with its menu replaced by `menu`. */
async function withMenu(file: string, menu: string): Promise<string> {
  const html = await readFile(file, 'utf8');
  const start = html.indexOf(downloadsMarkers.start);
  const end = html.indexOf(downloadsMarkers.end);
  if (start < 0 || end < start) throw new Error(`${file} has no place for the downloads menu`);
  return `${html.slice(0, start + downloadsMarkers.start.length)}${menu}${html.slice(end)}`;
}
