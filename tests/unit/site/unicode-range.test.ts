import { describe, expect, it } from 'vitest';
import { formatUnicodeRange, inUnicodeRange, parseUnicodeRange } from '../../../src/site/unicode-range.ts';

describe('unicode-range', () => {
  it('reads single points, intervals and wildcards', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1E??')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x1e00, 0x1eff],
    ]);
    expect(() => parseUnicodeRange('U+00FF, latin')).toThrow('not a unicode-range: "latin"');
  });

  it('tells whether a code point is covered', () => {
    const range = parseUnicodeRange('U+0041-005A, U+1EA0-1EF9');
    expect(['A', 'Z', 'ỹ'].map((character) => inUnicodeRange(character.codePointAt(0) as number, range))).toEqual([true, true, true]);
    expect(['a', 'đ'].map((character) => inUnicodeRange(character.codePointAt(0) as number, range))).toEqual([false, false]);
  });

  it('writes exactly the code points given, runs as intervals', () => {
    const points = [...'CBAxđ'].map((character) => character.codePointAt(0) as number);
    expect(formatUnicodeRange(points)).toBe('U+0041-0043, U+0078, U+0111');
    const text = 'Thái Nguyên';
    const written = parseUnicodeRange(formatUnicodeRange([...text].map((character) => character.codePointAt(0) as number)));
    for (const character of text) expect(inUnicodeRange(character.codePointAt(0) as number, written), character).toBe(true);
    expect(inUnicodeRange('z'.codePointAt(0) as number, written)).toBe(false);
  });
});
