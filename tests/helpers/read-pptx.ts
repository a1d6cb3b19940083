import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

export interface PptxParts {
  zip: JSZip;
  /** ppt/slides/slideN.xml, in slide order. */
  slideXml: string[];
  /** Each slide's text, one paragraph a line. */
  slideText: string[];
  /** ppt/charts/chartN.xml, in order. */
  chartXml: string[];
  /** Each slide's speaker notes as text, in slide order. */
  notesText: string[];
  core: string;
  presentation: string;
}

/** Opens a .pptx as the zip it is and reads back its parts, in order. */
export async function readPptx(file: string): Promise<PptxParts> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const ordered = (pattern: RegExp): string[] =>
    Object.keys(zip.files)
      .filter((name) => pattern.test(name))
      .sort((a, b) => partNumber(a) - partNumber(b));
  const read = (names: string[]): Promise<string[]> => Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''));
  const slideXml = await read(ordered(/^ppt\/slides\/slide\d+\.xml$/));
  const chartXml = await read(ordered(/^ppt\/charts\/chart\d+\.xml$/));
  const notesXml = await read(ordered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/));
  return {
    zip,
    slideXml,
    slideText: slideXml.map(paragraphText),
    chartXml,
    notesText: notesXml.map((xml) => paragraphText(xml.slice(xml.indexOf('Notes Placeholder'), xml.indexOf('Slide Number Placeholder')))),
    core: (await zip.file('docProps/core.xml')?.async('string')) ?? '',
    presentation: (await zip.file('ppt/presentation.xml')?.async('string')) ?? '',
  };
}

function partNumber(name: string): number {
  return Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
}

/** The text of every <a:p>, runs joined, one paragraph a line; a no-break space reads as a space. */
export function paragraphText(xml: string): string {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((paragraph) =>
      [...(paragraph[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((run) => decodeXml(run[1] ?? ''))
        .join('')
        .replaceAll('\u00a0', ' '),
    )
    .filter((line) => line.length > 0)
    .join('\n');
}

export function decodeXml(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}
