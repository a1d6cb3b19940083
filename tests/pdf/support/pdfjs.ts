import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Bookmark {
  title: string;
  /** 0-based page the bookmark opens. */
  pageIndex: number;
  children: Bookmark[];
}

export interface PdfSummary {
  info: Record<string, unknown>;
  bookmarks: Bookmark[];
}

/** Reads the document information and the outline with pdf.js, resolving each bookmark to its page. */
export async function readWithPdfJs(file: string): Promise<PdfSummary> {
  const data = new Uint8Array(await readFile(file));
  const document = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const { info } = await document.getMetadata();
    type Item = Awaited<ReturnType<typeof document.getOutline>>[number];
    const resolve = async (items: Item[]): Promise<Bookmark[]> =>
      Promise.all(
        items.map(async (item) => {
          const destination = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
          const target = destination?.[0];
          const pageIndex = target && typeof target === 'object' ? await document.getPageIndex(target) : -1;
          return { title: item.title, pageIndex, children: await resolve(item.items) };
        }),
      );
    return { info: info as Record<string, unknown>, bookmarks: await resolve((await document.getOutline()) ?? []) };
  } finally {
    await document.destroy();
  }
}
