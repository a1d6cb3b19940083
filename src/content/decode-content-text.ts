import { isUtf8 } from 'node:buffer';
import { contentMessage, type InvisibleKind } from '../model/content-messages.ts';
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
  if (startsWithUtf16Mark(bytes)) return { ok: false, problem: { file, line: 1, message: contentMessage('utf16', {}) } };
  const position = firstInvalidByte(bytes);
  const { line, lineStart } = lineAt(bytes, position);
  const before = Buffer.from(bytes.subarray(lineStart, position)).toString('utf8').trimStart();
  const hex = (bytes[position] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    problem: {
      file,
      line,
      message: contentMessage('notUtf8', {
        byteInLine: position - lineStart + 1,
        byteInFile: position + 1,
        hex,
        ...(before ? { before: before.length > 30 ? `…${before.slice(-30)}` : before } : {}),
      }),
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

/** What kind of invisible character a code point is, for the editor to recognise it. */
function invisibleKind(code: number): InvisibleKind {
  if (code === 0xfeff) return 'byteOrderMark';
  if (code === 0xad) return 'softHyphen';
  if (code === 0x2028 || code === 0x2029) return 'separator';
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060) return 'zeroWidth';
  if (code === 0x61c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return 'direction';
  }
  return code < 0xa0 ? 'control' : 'format';
}

/** The first invisible character of a content file, at its line, naming the other lines that hold one; or undefined. */
export function findInvisibleCharacters(text: string, file: string): Problem | undefined {
  const found = [...text.matchAll(invisiblePattern)];
  const [first] = found;
  if (!first || first.index === undefined) return undefined;
  const lineOfIndex = (index: number): number => text.slice(0, index).split('\n').length;
  const line = lineOfIndex(first.index);
  const lineStart = text.lastIndexOf('\n', first.index - 1) + 1;
  const before = [...text.slice(lineStart, first.index).trimStart()];
  const code = first[0].codePointAt(0) ?? 0;
  const others = [...new Set(found.slice(1).map((match) => lineOfIndex(match.index ?? 0)))].filter((other) => other !== line);
  return {
    file,
    line,
    message: contentMessage('invisible', {
      code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
      kind: invisibleKind(code),
      ...(before.length > 0 ? { before: before.length > 30 ? `…${before.slice(-30).join('')}` : before.join('') } : {}),
      otherLines: others.slice(0, 10),
      more: others.length > 10,
    }),
  };
}
