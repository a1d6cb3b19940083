import type { Locale } from '../model/locale.ts';
import type { OutputKind } from '../model/output-files.ts';
import { escapeHtml } from './escape-html.ts';

/** The files a built site offers, with their sizes; paths relative to the page (dist/). */
export interface DownloadList {
  outputs: { kind: OutputKind; file: string; bytes: number }[];
  slideImages: { number: number; file: string; bytes: number }[];
  chartData: { title: string; file: string; bytes: number }[];
}

/** Where the menu sits in index.html and offline.html, so that a later export can write it again. */
export const downloadsMarkers = { start: '<!--downloads-->', end: '<!--/downloads-->' } as const;

/**
 * The "Tải về" menu: a disclosure listing every file of the release with its size, by relative
 * links, so that it works under any path and from file:// beside the files. Empty when there is nothing.
 */
export function renderDownloadsMenu(list: DownloadList, locale: Locale): string {
  const { downloads, files } = locale.meetingPack;
  const size = (bytes: number): string => `<span class="downloads__size">${escapeHtml(formatSize(bytes, locale))}</span>`;
  const link = (file: string, text: string): string => `<a href="./${escapeHtml(file)}" download>${escapeHtml(text)}</a>`;
  const items = list.outputs.map((output) => `<li>${link(output.file, files[output.kind])} ${size(output.bytes)}</li>`);
  if (list.slideImages.length > 0) {
    const total = list.slideImages.reduce((sum, image) => sum + image.bytes, 0);
    const images = list.slideImages
      .map(
        (image) =>
          `<a href="./${escapeHtml(image.file)}" download aria-label="${escapeHtml(`${files.slideImages} ${image.number}`)}">${image.number}</a>`,
      )
      .join(' ');
    items.push(
      `<li><span class="downloads__group">${escapeHtml(files.slideImages)}</span> ${size(total)}<span class="downloads__images">${images}</span></li>`,
    );
  }
  if (list.chartData.length > 0) {
    const charts = list.chartData.map((chart) => `<li>${link(chart.file, chart.title)} ${size(chart.bytes)}</li>`).join('');
    items.push(`<li><span class="downloads__group">${escapeHtml(files.chartData)}</span><ul>${charts}</ul></li>`);
  }
  if (items.length === 0) return '';
  return `<nav class="downloads" aria-label="${escapeHtml(downloads)}"><details><summary>${escapeHtml(downloads)}</summary><ul class="downloads__list">${items.join('')}</ul></details></nav>`;
}

/** "163 KB", "1,2 MB": a file size in the deck's number format. */
export function formatSize(bytes: number, locale: Pick<Locale, 'formatNumber'>): string {
  if (bytes < 1024) return `${locale.formatNumber(bytes)} B`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1000) return `${locale.formatNumber(Math.max(1, Math.round(kilobytes)))} KB`;
  return `${locale.formatNumber(Math.round((kilobytes / 1024) * 10) / 10)} MB`;
}
