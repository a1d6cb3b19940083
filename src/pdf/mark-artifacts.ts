import type { PDFDict, PDFDocument, PDFObject, PDFRawStream, PDFRef } from 'pdf-lib';
import { loadPdfLib } from './load-pdf-lib.ts';

const { PDFArray, PDFDict: Dict, PDFName, PDFRawStream: RawStream, PDFRef: Ref, decodePDFRawStream } = loadPdfLib();

/**
 * Chromium tags what a reader should read and leaves the rest unmarked: page backgrounds, rules,
 * page numbers, the handout's header and footer, everything hidden from assistive technology.
 * Tagged PDF (and PDF/UA-1) wants such content marked as an artifact, so that a reader knows it
 * is not part of the text rather than finding it outside the structure. This marks every piece of
 * painted content that is in no marked-content sequence, in every page and in every form XObject
 * that holds tagged content, as `/Artifact BMC … EMC`: each text-showing operator, each painted
 * path, each shading and each image or form with no tags of its own. Nothing is drawn differently.
 * Returns how many pieces it marked.
 */
export function markArtifacts(pdf: PDFDocument): number {
  const marker = new ArtifactMarker(pdf);
  for (const page of pdf.getPages()) marker.markPage(page.node);
  return marker.marked;
}

/** A content stream's operations: each operator with the raw bytes of its operands. */
interface Operation {
  operator: string;
  /** The operation's source text, operands and operator, as it was. */
  source: string;
  /** The XObject named by a `Do`. */
  name?: string;
}

const textShowing = new Set(['Tj', 'TJ', "'", '"']);
const pathBuilding = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const pathPainting = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const clipping = new Set(['W', 'W*']);

class ArtifactMarker {
  marked = 0;
  private readonly done = new Set<PDFRawStream>();

  constructor(private readonly pdf: PDFDocument) {}

  markPage(page: PDFDict): void {
    const resources = page.lookupMaybe(PDFName.of('Resources'), Dict);
    const contents = page.get(PDFName.of('Contents'));
    const streams = this.streamsOf(contents);
    if (streams.length === 0) return;
    // A page's contents may be split over several streams; marked content must not span them,
    // which Chromium's never do (it writes one).
    for (const { stream, ref } of streams) this.rewrite(stream, ref, resources);
  }

  private streamsOf(contents: PDFObject | undefined): { stream: PDFRawStream; ref?: PDFRef }[] {
    if (contents instanceof Ref) {
      const stream = this.pdf.context.lookup(contents);
      if (stream instanceof RawStream) return [{ stream, ref: contents }];
      if (stream instanceof PDFArray) return this.streamsOf(stream);
      return [];
    }
    if (contents instanceof PDFArray) return contents.asArray().flatMap((item) => this.streamsOf(item));
    return contents instanceof RawStream ? [{ stream: contents }] : [];
  }

  /** Marks a stream's unmarked content, and that of the tagged forms it paints; writes it back where it was. */
  private rewrite(stream: PDFRawStream, ref: PDFRef | undefined, resources: PDFDict | undefined): void {
    if (this.done.has(stream)) return;
    this.done.add(stream);
    const source = latin1(decodePDFRawStream(stream).decode());
    const operations = tokenize(source);
    const forms = resources?.lookupMaybe(PDFName.of('XObject'), Dict);
    let depth = 0;
    let inText = false;
    let pathStart = -1;
    const out: string[] = [];
    const wrap = (text: string): string => {
      this.marked += 1;
      return `/Artifact BMC\n${text}\nEMC\n`;
    };
    operations.forEach((operation, index) => {
      const { operator } = operation;
      if (operator === 'BMC' || operator === 'BDC') depth += 1;
      else if (operator === 'EMC') depth = Math.max(0, depth - 1);
      else if (operator === 'BT') inText = true;
      else if (operator === 'ET') inText = false;
      if (depth > 0) {
        out.push(operation.source);
        return;
      }
      if (pathBuilding.has(operator) || clipping.has(operator)) {
        if (pathStart < 0) pathStart = index;
        return;
      }
      if (pathPainting.has(operator) || operator === 'n') {
        const path = operations
          .slice(pathStart < 0 ? index : pathStart, index + 1)
          .map((part) => part.source)
          .join('');
        pathStart = -1;
        out.push(operator === 'n' ? path : wrap(path));
        return;
      }
      if (pathStart >= 0) {
        // An operator in the middle of a path is not valid PDF; keep what was there as it was.
        out.push(...operations.slice(pathStart, index).map((part) => part.source));
        pathStart = -1;
      }
      if ((inText && textShowing.has(operator)) || operator === 'sh' || operator === 'BI') {
        out.push(wrap(operation.source));
        return;
      }
      if (operator === 'Do' && operation.name) {
        const target = forms?.get(PDFName.of(operation.name));
        const xobject = target instanceof Ref ? this.pdf.context.lookup(target) : target;
        if (xobject instanceof RawStream && isTaggedForm(xobject)) {
          this.rewrite(
            xobject,
            target instanceof Ref ? target : undefined,
            xobject.dict.lookupMaybe(PDFName.of('Resources'), Dict) ?? resources,
          );
          out.push(operation.source);
        } else out.push(wrap(operation.source));
        return;
      }
      out.push(operation.source);
    });
    if (pathStart >= 0) out.push(...operations.slice(pathStart).map((part) => part.source));
    const rewritten = this.pdf.context.flateStream(bytesOf(out.join('')), {});
    // The stream keeps its own dictionary (a form's bounding box, matrix, resources…), with the new length and filter.
    for (const [key, value] of stream.dict.entries()) {
      const name = key.decodeText();
      if (name !== 'Length' && name !== 'Filter' && name !== 'DecodeParms') rewritten.dict.set(key, value);
    }
    if (ref) this.pdf.context.assign(ref, rewritten);
  }
}

/** A form XObject whose content is tagged (it has marked content of its own), so it is marked inside, not as a whole. */
function isTaggedForm(stream: PDFRawStream): boolean {
  const subtype = stream.dict.get(PDFName.of('Subtype'));
  if (!(subtype instanceof PDFName) || subtype.decodeText() !== 'Form') return false;
  if (stream.dict.has(PDFName.of('StructParents')) || stream.dict.has(PDFName.of('StructParent'))) return true;
  return /\bB(?:MC|DC)\b/.test(latin1(decodePDFRawStream(stream).decode()));
}

/**
 * Splits a content stream into operations, keeping each one's source text. Operands are numbers,
 * names, strings (literal with nested parentheses and escapes, or hex), arrays and dictionaries;
 * an inline image (BI … ID data EI) is one operation.
 */
export function tokenize(source: string): Operation[] {
  const operations: Operation[] = [];
  let start = 0;
  let at = 0;
  let lastName: string | undefined;
  const length = source.length;
  const isSpace = (char: string | undefined): boolean => char !== undefined && /[\0\t\n\f\r ]/.test(char);
  const isDelimiter = (char: string | undefined): boolean => char !== undefined && /[()<>[\]{}/%]/.test(char);
  while (at < length) {
    const char = source[at];
    if (isSpace(char)) {
      at += 1;
      continue;
    }
    if (char === '%') {
      while (at < length && source[at] !== '\n' && source[at] !== '\r') at += 1;
      continue;
    }
    if (char === '(') {
      let nesting = 0;
      for (; at < length; at += 1) {
        const current = source[at];
        if (current === '\\') at += 1;
        else if (current === '(') nesting += 1;
        else if (current === ')' && --nesting === 0) break;
      }
      at += 1;
      continue;
    }
    if (char === '<' && source[at + 1] !== '<') {
      at = source.indexOf('>', at) + 1 || length;
      continue;
    }
    if (char === '<' || char === '>') {
      at += 2;
      continue;
    }
    if (char === '[' || char === ']' || char === '{' || char === '}') {
      at += 1;
      continue;
    }
    if (char === '/') {
      let end = at + 1;
      while (end < length && !isSpace(source[end]) && !isDelimiter(source[end])) end += 1;
      lastName = source.slice(at + 1, end);
      at = end;
      continue;
    }
    let end = at;
    while (end < length && !isSpace(source[end]) && !isDelimiter(source[end])) end += 1;
    const word = source.slice(at, end);
    at = end;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') continue;
    if (word === 'BI') {
      // The image's data runs from ID to the EI that follows white space.
      const data = source.indexOf('ID', at);
      const close = data < 0 ? -1 : source.slice(data + 2).search(/\sEI(?=[\s]|$)/);
      at = close < 0 ? length : data + 2 + close + 3;
      operations.push({ operator: 'BI', source: `${source.slice(start, at)}\n` });
      start = at;
      continue;
    }
    operations.push({ operator: word, source: `${source.slice(start, at)}\n`, ...(word === 'Do' && lastName ? { name: lastName } : {}) });
    start = at;
    lastName = undefined;
  }
  return operations;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 8192) text += String.fromCharCode(...bytes.subarray(index, index + 8192));
  return text;
}

function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index) & 0xff;
  return bytes;
}
