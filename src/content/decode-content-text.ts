import { isUtf8 } from 'node:buffer';
import type { Problem } from './problem.ts';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: Problem };

const byteOrderMark = '\uFEFF';

/**
 * A content file's text as every parser expects it, whatever editor saved it: no byte order
 * mark, lines ending in "\n" (Windows' CRLF and old Mac CR become LF, so line numbers stay the
 * same), and Vietnamese letters composed (NFC), so "ế" typed either way is the same letter.
 */
export function normalizeContentText(text: string): string {
  const withoutMark = text.startsWith(byteOrderMark) ? text.slice(1) : text;
  return withoutMark.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Decodes a content file's bytes as UTF-8 and normalises them, or explains where the file is not
 * UTF-8: read in another encoding, its letters would be published as "���".
 */
export function decodeContentText(bytes: Uint8Array, file: string): DecodedText {
  if (isUtf8(bytes)) {
    const text = normalizeContentText(Buffer.from(bytes).toString('utf8'));
    const invisible = findInvisibleCharacters(text, file);
    return invisible ? { ok: false, problem: invisible } : { ok: true, text };
  }
  const fix = 'save the file as UTF-8 (in your editor: "Save as", encoding "UTF-8")';
  if (startsWithUtf16Mark(bytes)) {
    return { ok: false, problem: { file, line: 1, message: `the file is saved as UTF-16 ("Unicode"), not UTF-8: ${fix}` } };
  }
  const position = firstInvalidByte(bytes);
  const { line, lineStart } = lineAt(bytes, position);
  const before = Buffer.from(bytes.subarray(lineStart, position)).toString('utf8').trimStart();
  const shown = before ? ` after "${before.length > 30 ? `…${before.slice(-30)}` : before}"` : ' at the start of the line';
  const byte = (bytes[position] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    problem: {
      file,
      line,
      message: `the file is not valid UTF-8: byte ${position - lineStart + 1} of this line (byte ${position + 1} of the file, 0x${byte})${shown} is not a UTF-8 letter; ${fix}, then check the letters from there on`,
    },
  };
}

function startsWithUtf16Mark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The 0-based offset where the first invalid UTF-8 sequence starts, found by the platform's own decoder. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Where the letter being read began: an incomplete sequence is reported at its first byte.
  let letterStart = 0;
  for (let index = 0; index < bytes.length; index++) {
    try {
      if (decoder.decode(bytes.subarray(index, index + 1), { stream: true })) letterStart = index + 1;
    } catch {
      return letterStart;
    }
  }
  return letterStart;
}

/** The 1-based line of a byte offset, counting CRLF, CR and LF as one line end each, as normalizeContentText does. */
function lineAt(bytes: Uint8Array, offset: number): { line: number; lineStart: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const byte = bytes[index];
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, lineStart };
}

/**
 * Characters that are not seen but change what is seen: bidirectional controls (U+202E around "12"
 * shows "21" while every check reads 12), zero-width and other format characters (Cf), line and
 * paragraph separators, and control characters other than tab and newline. No content needs one.
 */
const invisiblePattern = /(?![\t\n])[\p{Cf}\p{Cc}\u2028\u2029]/gu;

const invisibleNames: Record<number, string> = {
  173: 'SOFT HYPHEN',
  1564: 'ARABIC LETTER MARK',
  8203: 'ZERO WIDTH SPACE',
  8204: 'ZERO WIDTH NON-JOINER',
  8205: 'ZERO WIDTH JOINER',
  8206: 'LEFT-TO-RIGHT MARK',
  8207: 'RIGHT-TO-LEFT MARK',
  8232: 'LINE SEPARATOR',
  8233: 'PARAGRAPH SEPARATOR',
  8234: 'LEFT-TO-RIGHT EMBEDDING',
  8235: 'RIGHT-TO-LEFT EMBEDDING',
  8236: 'POP DIRECTIONAL FORMATTING',
  8237: 'LEFT-TO-RIGHT OVERRIDE',
  8238: 'RIGHT-TO-LEFT OVERRIDE',
  8288: 'WORD JOINER',
  8294: 'LEFT-TO-RIGHT ISOLATE',
  8295: 'RIGHT-TO-LEFT ISOLATE',
  8296: 'FIRST STRONG ISOLATE',
  8297: 'POP DIRECTIONAL ISOLATE',
  65279: 'ZERO WIDTH NO-BREAK SPACE',
};

/** The first invisible character of a content file, at its line, naming the other lines that hold one; or undefined. */
export function findInvisibleCharacters(text: string, file: string): Problem | undefined {
  const found = [...text.matchAll(invisiblePattern)];
  const [first] = found;
  if (!first || first.index === undefined) return undefined;
  const lineOfIndex = (index: number): number => text.slice(0, index).split('\n').length;
  const line = lineOfIndex(first.index);
  const lineStart = text.lastIndexOf('\n', first.index - 1) + 1;
  const before = [...text.slice(lineStart, first.index).trimStart()];
  const shown =
    before.length > 0 ? ` after "${before.length > 30 ? `…${before.slice(-30).join('')}` : before.join('')}"` : ' at the start of the line';
  const code = first[0].codePointAt(0) ?? 0;
  const name = invisibleNames[code] ?? (code < 0xa0 ? 'a control character' : 'a format character');
  const others = [...new Set(found.slice(1).map((match) => lineOfIndex(match.index ?? 0)))].filter((other) => other !== line);
  const also =
    others.length > 0
      ? ` (there are more on line${others.length > 1 ? 's' : ''} ${others.slice(0, 10).join(', ')}${others.length > 10 ? '…' : ''})`
      : '';
  return {
    file,
    line,
    message: `an invisible character, U+${code.toString(16).toUpperCase().padStart(4, '0')} ${name},${shown}: it can make the text read otherwise than the checks read it; delete it${also}`,
  };
}
