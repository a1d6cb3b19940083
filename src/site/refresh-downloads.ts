import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from '../base/write-atomically.ts';
import { readBuiltDeck } from '../content/read-built-deck.ts';
import { type DownloadList, downloadsMarkers, formatSize, renderDownloadsMenu } from '../html/render-downloads-menu.ts';
import { allSlides } from '../model/deck.ts';
import { chartDataFiles, type OutputKind, outputFiles, slideImageFile } from '../model/output-files.ts';

/** The pages that carry the "Tải về" menu. */
const pages = ['index.html', outputFiles.offline];

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

  // offline.html lists itself: its size changes with the menu written into it, so write until the shown size holds.
  const offline = outputs.find((output) => output.kind === 'offline');
  for (let round = 0; offline && round < 4; round++) {
    const bytes = Buffer.byteLength(await withMenu(path.join(distDir, outputFiles.offline), renderDownloadsMenu(list, locale)));
    const settled = formatSize(bytes, locale) === formatSize(offline.bytes, locale);
    offline.bytes = bytes;
    if (settled) break;
  }
  const menu = renderDownloadsMenu(list, locale);
  for (const page of pages) {
    if ((await sizeOf(page)) === undefined) continue;
    const html = await withMenu(path.join(distDir, page), menu);
    await writeAtomically(path.join(distDir, page), html);
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
