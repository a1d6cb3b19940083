import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subsetFontFile, subsetFontMarker } from '../../../src/site/subset-font-file.ts';

const source = createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2');
let cacheDir: string;

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'font-cache-'));
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

describe('a font cut to a text, cached by that text', () => {
  it('cuts the font to a fraction of its size, named after the whole font', async () => {
    const file = await subsetFontFile({ source, text: 'Thai Nguyen 0123456789', cacheDir });
    expect(path.basename(file)).toMatch(new RegExp(`^be-vietnam-pro-latin-400-normal-${subsetFontMarker}-[0-9a-f]+\\.woff2$`));
    expect((await stat(file)).size).toBeLessThan((await stat(source)).size / 2);
  });

  it('cuts once for the same text, again for another', async () => {
    const first = await subsetFontFile({ source, text: 'abc', cacheDir });
    const cutAt = (await stat(first)).mtimeMs;
    expect(await subsetFontFile({ source, text: 'abc', cacheDir })).toBe(first);
    expect((await stat(first)).mtimeMs).toBe(cutAt);
    const other = await subsetFontFile({ source, text: 'abcd', cacheDir });
    expect(other).not.toBe(first);
    expect((await readdir(cacheDir)).sort()).toEqual([path.basename(first), path.basename(other)].sort());
  });
});
