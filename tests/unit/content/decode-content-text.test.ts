import { describe, expect, it } from 'vitest';
import { decodeContentText, normalizeContentText } from '../../../src/content/decode-content-text.ts';
import { formatProblem } from '../../../src/content/problem.ts';

const file = 'slides/02-boi-canh.md';
const text = '---\ntitle: Bối cảnh\n---\n\n## Tình hình\n\n- Bắt giữ 159 vụ\n';
const bytes = (value: string): Uint8Array => new TextEncoder().encode(value);
const decoded = (data: Uint8Array): string => {
  const result = decodeContentText(data, file);
  if (!result.ok) throw new Error(formatProblem(result.problem));
  return result.text;
};
const problemOf = (data: Uint8Array): string => {
  const result = decodeContentText(data, file);
  if (result.ok) throw new Error('expected a problem');
  return formatProblem(result.problem);
};

describe('content text from any editor', () => {
  it.each([
    ['LF', text],
    ['CRLF (Windows, core.autocrlf)', text.replaceAll('\n', '\r\n')],
    ['CR (old Mac)', text.replaceAll('\n', '\r')],
    ['a UTF-8 byte order mark', `\uFEFF${text}`],
    ['a byte order mark and CRLF', `\uFEFF${text.replaceAll('\n', '\r\n')}`],
    ['mixed line endings', text.replace('\n', '\r\n').replace('\n\n', '\r\r')],
  ])('reads %s as the same text', (_name, variant) => {
    expect(decoded(bytes(variant))).toBe(text);
  });

  it('composes letters typed decomposed (NFD) into NFC', () => {
    expect(decoded(bytes(text.normalize('NFD')))).toBe(text.normalize('NFC'));
    expect(normalizeContentText('Tội phạm'.normalize('NFD'))).toBe('Tội phạm'.normalize('NFC'));
  });

  it('keeps other text as it is, but refuses a byte order mark that is not at the start: it is an invisible character', () => {
    expect(decoded(bytes('a\u00A0b\n'))).toBe('a\u00A0b\n');
    const result = decodeContentText(bytes('a\n\uFEFFb\n'), file);
    expect(result.ok ? '' : formatProblem(result.problem)).toMatch(/^slides\/02-boi-canh\.md:2 an invisible character, U\+FEFF /);
  });
});

describe('a file that is not UTF-8', () => {
  // "Bắt giữ" as Windows-1258 would save it: 0xE6 is not a UTF-8 letter on its own.
  const windows1258 = Uint8Array.from([...bytes('---\ntitle: X\n---\n\n## A\n\n- B'), 0xe6, 0x74, 0x20, 0x67, 0x69, 0xf7, 0x0a]);

  it('is refused with the file, the line, the byte and how to fix it', () => {
    expect(problemOf(windows1258)).toBe(
      `${file}:7 the file is not valid UTF-8: byte 4 of this line (byte 28 of the file, 0xE6) after "- B" is not a UTF-8 letter; save the file as UTF-8 (in your editor: "Save as", encoding "UTF-8"), then check the letters from there on`,
    );
  });

  it('counts lines ended by CRLF and CR as the parser does', () => {
    const crlf = Uint8Array.from([...bytes('a\r\nb\rc\n'), 0xff]);
    expect(problemOf(crlf)).toMatch(
      new RegExp(`^${file}:4 the file is not valid UTF-8: byte 1 of this line \\(byte 8 of the file, 0xFF\\) at the start of the line`),
    );
  });

  it('points at the first byte of a letter cut short, even at the end of the file', () => {
    // "ắ" is E1 BA AF; the file ends after its first two bytes.
    const cut = Uint8Array.from([...bytes('ok\nBắ'), 0xe1, 0xba]);
    expect(problemOf(cut)).toMatch(/:2 the file is not valid UTF-8: byte 5 of this line \(byte 8 of the file, 0xE1\) after "Bắ"/);
  });

  it('names a file saved as UTF-16', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'title'].flatMap((letter) => [letter.charCodeAt(0), 0])]);
    expect(problemOf(utf16)).toBe(
      `${file}:1 the file is saved as UTF-16 ("Unicode"), not UTF-8: save the file as UTF-8 (in your editor: "Save as", encoding "UTF-8")`,
    );
  });
});
