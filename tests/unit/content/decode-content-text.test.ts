import { describe, expect, it } from 'vitest';
import { decodeContentText, normalizeContentText } from '../../../src/content/decode-content-text.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

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
    expect(result.ok ? '' : formatProblem(result.problem)).toMatch(
      /^slides\/02-boi-canh\.md:2 có một ký tự vô hình \(dấu đầu tệp, U\+FEFF\)/,
    );
  });
});

describe('a file that is not UTF-8', () => {
  // "Bắt giữ" as Windows-1258 would save it: 0xE6 is not a UTF-8 letter on its own.
  const windows1258 = Uint8Array.from([...bytes('---\ntitle: X\n---\n\n## A\n\n- B'), 0xe6, 0x74, 0x20, 0x67, 0x69, 0xf7, 0x0a]);

  it('is refused with the file, the line, the byte and how to fix it', () => {
    expect(problemOf(windows1258)).toBe(
      `${file}:7 tệp không phải chữ UTF-8: byte thứ 4 của dòng này (byte 28 của tệp, 0xE6) sau «- B» không phải một chữ UTF-8; hãy lưu lại tệp dạng UTF-8 (trong trình soạn thảo: «Lưu thành», chọn bảng mã «UTF-8»), rồi kiểm tra các chữ từ chỗ đó trở đi`,
    );
  });

  it('counts lines ended by CRLF and CR as the parser does', () => {
    const crlf = Uint8Array.from([...bytes('a\r\nb\rc\n'), 0xff]);
    expect(problemOf(crlf)).toMatch(
      new RegExp(`^${file}:4 tệp không phải chữ UTF-8: byte thứ 1 của dòng này \\(byte 8 của tệp, 0xFF\\) ở đầu dòng`),
    );
  });

  it('points at the first byte of a letter cut short, even at the end of the file', () => {
    // "ắ" is E1 BA AF; the file ends after its first two bytes.
    const cut = Uint8Array.from([...bytes('ok\nBắ'), 0xe1, 0xba]);
    expect(problemOf(cut)).toMatch(/:2 tệp không phải chữ UTF-8: byte thứ 5 của dòng này \(byte 8 của tệp, 0xE1\) sau «Bắ»/);
  });

  it('names a file saved as UTF-16', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'title'].flatMap((letter) => [letter.charCodeAt(0), 0])]);
    expect(problemOf(utf16)).toBe(
      `${file}:1 tệp được lưu dạng UTF-16 («Unicode»), không phải UTF-8: hãy lưu lại tệp dạng UTF-8 (trong trình soạn thảo: «Lưu thành», chọn bảng mã «UTF-8»)`,
    );
  });
});
