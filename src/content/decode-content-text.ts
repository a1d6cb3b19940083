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
  if (isUtf8(bytes)) return { ok: true, text: normalizeContentText(Buffer.from(bytes).toString('utf8')) };
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
