import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFObject, PDFRef, PDFStream, PDFString } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);

/** A structure element as a screen reader meets it: its standard role (role map applied), its alternative text, its text. */
export interface TagNode {
  role: string;
  alt?: string;
  /** The 0-based page its first marked content is on, if any. */
  pageIndex?: number;
  /** The text of the marked content under it, children included, in order, as poppler reads it. */
  text: string;
  children: TagNode[];
}

/**
 * The whole tag tree, read from the structure tree root down, in its order (the reading order):
 * each element's role through the role map, its /Alt and its page, walked with pdf-lib, and the
 * text it marks as poppler's `pdfinfo -struct-text` reads it (which follows marked content into
 * the form XObjects Chromium draws scaled slides and charts in). The two walks of the one tree
 * must agree element by element.
 */
export async function readTagTree(file: string): Promise<TagNode[]> {
  const [tree, texts] = await Promise.all([walkStructure(file), popplerTexts(file)]);
  const elements = flattenTags(tree);
  if (elements.length !== texts.length)
    throw new Error(`${file}: pdf-lib finds ${elements.length} structure elements, poppler ${texts.length}`);
  elements.forEach((element, index) => {
    const read = texts[index];
    if (read?.role !== element.role) throw new Error(`${file}: element ${index} is ${element.role} to pdf-lib, ${read?.role} to poppler`);
  });
  const fill = (node: TagNode): string => {
    const index = elements.indexOf(node);
    node.text = (texts[index]?.own ?? []).map((part) => (typeof part === 'number' ? fill(node.children[part] as TagNode) : part)).join('');
    return node.text;
  };
  for (const node of tree) fill(node);
  return tree;
}

/** Each element poppler prints, depth first: its role, and its own text lines and children (by index) in order. */
async function popplerTexts(file: string): Promise<{ role: string; own: (string | number)[] }[]> {
  const { stdout } = await run('pdfinfo', ['-struct-text', file], { maxBuffer: 64 * 1024 * 1024 });
  const elements: { role: string; own: (string | number)[]; indent: number; children: number }[] = [];
  const stack: number[] = [];
  for (const line of stdout.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const text = /^\s*"(.*)"$/.exec(line);
    const element = /^\s*([A-Za-z][A-Za-z0-9]*)(?: \((?:block|inline)\))?(?: <[^>]*>)?:?$/.exec(line);
    if (!text && !element) continue;
    while (stack.length > 0 && (elements[stack.at(-1) as number]?.indent ?? 0) >= indent) stack.pop();
    const parent = elements[stack.at(-1) ?? -1];
    if (text) {
      parent?.own.push(text[1] ?? '');
      continue;
    }
    if (parent) parent.own.push(parent.children++);
    elements.push({ role: element?.[1] ?? '', own: [], indent, children: 0 });
    stack.push(elements.length - 1);
  }
  return elements.map(({ role, own }) => ({ role, own }));
}

/** The structure tree as pdf-lib reads it: roles through the role map, /Alt, the page of each element's first content. */
async function walkStructure(file: string): Promise<TagNode[]> {
  const data = new Uint8Array(await readFile(file));
  const pdf = await PDFDocument.load(data, { updateMetadata: false });
  const pageIndex = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const roleOf = (name: string): string => {
    const mapped = roleMap?.get(PDFName.of(name));
    return mapped instanceof PDFName ? mapped.decodeText() : name;
  };
  const element = (dict: PDFDict, inherited: PDFRef | undefined): TagNode => {
    const page = (dict.get(PDFName.of('Pg')) as PDFRef | undefined) ?? inherited;
    const alt = dict.lookup(PDFName.of('Alt'));
    const node: TagNode = { role: roleOf((dict.get(PDFName.of('S')) as PDFName).decodeText()), text: '', children: [] };
    if (alt instanceof PDFHexString || alt instanceof PDFString) node.alt = alt.decodeText();
    const note = (on: PDFRef | undefined): void => {
      const index = on ? pageIndex.get(on.toString()) : undefined;
      if (node.pageIndex === undefined && index !== undefined) node.pageIndex = index;
    };
    const visit = (kid: PDFObject | undefined): void => {
      if (kid instanceof PDFNumber) {
        note(page);
        return;
      }
      const resolved = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
      if (resolved instanceof PDFArray) {
        for (let index = 0; index < resolved.size(); index++) visit(resolved.get(index));
        return;
      }
      if (!(resolved instanceof PDFDict)) return;
      const type = resolved.get(PDFName.of('Type'));
      if (type instanceof PDFName && type.decodeText() === 'MCR') {
        note((resolved.get(PDFName.of('Pg')) as PDFRef | undefined) ?? page);
        return;
      }
      if (type instanceof PDFName && type.decodeText() === 'OBJR') return;
      if (!resolved.has(PDFName.of('S'))) return;
      const child = element(resolved, page);
      node.children.push(child);
      if (node.pageIndex === undefined && child.pageIndex !== undefined) node.pageIndex = child.pageIndex;
    };
    visit(dict.get(PDFName.of('K')));
    return node;
  };

  const top = root.get(PDFName.of('K'));
  const resolved = top instanceof PDFRef ? pdf.context.lookup(top) : top;
  const kids = resolved instanceof PDFArray ? resolved.asArray() : resolved ? [resolved] : [];
  return kids.flatMap((kid) => {
    const dict = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid;
    return dict instanceof PDFDict ? [element(dict, undefined)] : [];
  });
}

/** Every element of `trees`, depth first, in reading order. */
export function flattenTags(trees: readonly TagNode[]): TagNode[] {
  return trees.flatMap((node) => [node, ...flattenTags(node.children)]);
}

/** The XMP metadata stream as poppler's `pdfinfo -meta` prints it. */
export async function readXmp(file: string): Promise<string> {
  const { stdout } = await run('pdfinfo', ['-meta', file], { maxBuffer: 8 * 1024 * 1024 });
  return stdout;
}

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4): PDF/UA-1 wants every type to be one, or mapped to one. */
export const standardStructureTypes: ReadonlySet<string> = new Set([
  ...['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private'],
  ...['P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot'],
  ...['Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP'],
  ...['Figure', 'Formula', 'Form'],
]);

/** What the document catalog says to a reader: its language, that it is tagged, that the title shows, that it has XMP. */
export async function readCatalog(file: string): Promise<{ lang?: string; marked: boolean; displayDocTitle: boolean; metadata: boolean }> {
  const pdf = await PDFDocument.load(new Uint8Array(await readFile(file)), { updateMetadata: false });
  const { catalog } = pdf;
  const lang = catalog.lookup(PDFName.of('Lang'));
  const flag = (dict: PDFDict | undefined, key: string): boolean => dict?.get(PDFName.of(key))?.toString() === 'true';
  return {
    ...(lang instanceof PDFString || lang instanceof PDFHexString ? { lang: lang.decodeText() } : {}),
    marked: flag(catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict), 'Marked'),
    displayDocTitle: flag(catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict), 'DisplayDocTitle'),
    metadata: catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream) !== undefined,
  };
}

/**
 * Painted content in no marked-content sequence, page by page, as pdf.js plays each page (its forms
 * included; soft masks are graphics state, not content): text, painted paths, shadings and images.
 * A tagged PDF marks all of it as tagged content or as an artifact (PDF/UA-1, Matterhorn 01-005).
 */
export async function unmarkedContent(file: string): Promise<string[]> {
  const data = new Uint8Array(await readFile(file));
  // Errors only: pdf.js warns that it cannot draw Chromium's function-based shadings, which it still lists.
  const document = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const names = new Map(Object.entries(OPS).map(([name, code]) => [code, name]));
  const painting = new Set(['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'shadingFill']);
  const found: string[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const { fnArray, argsArray } = await (await document.getPage(number)).getOperatorList();
      let marked = 0;
      const groups: boolean[] = [];
      fnArray.forEach((code, index) => {
        const name = names.get(code) ?? '';
        const args = argsArray[index] as unknown[] | null;
        if (name === 'beginGroup') groups.push(Boolean((args?.[0] as { smask?: unknown } | undefined)?.smask));
        else if (name === 'endGroup') groups.pop();
        else if (name === 'beginMarkedContent' || name === 'beginMarkedContentProps') marked += 1;
        else if (name === 'endMarkedContent') marked -= 1;
        else if (marked === 0 && !groups.includes(true)) {
          const paints =
            painting.has(name) ||
            name.startsWith('paintImage') ||
            name === 'paintInlineImageXObject' ||
            (name === 'constructPath' && args?.[0] !== OPS.endPath);
          if (paints) found.push(`page ${number}: ${name}`);
        }
      });
    }
  } finally {
    await document.destroy();
  }
  return found;
}
