import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckError } from '../../src/base/errors.ts';
import { outputMarkerFile } from '../../src/base/output-marker.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { contactSheetFile, exportPng } from '../../src/png/export-png.ts';

const outDir = 'tests/artifacts/png';
let deck: Deck;

function pngSize(data: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(data);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  deck = await loadDeckOrThrow('slides');
  await rm(outDir, { recursive: true, force: true });
});

afterAll(async () => {
  // The images stay in tests/artifacts/png for review.
});

describe('PNG export', () => {
  it('writes one 1920×1080 PNG per slide and a contact sheet', async () => {
    const { files } = await exportPng({ distDir: 'dist', outDir });
    const slides = allSlides(deck);
    // Besides the images, only the folder's marker (see src/base/output-marker.ts).
    const names = (await readdir(outDir)).filter((name) => name !== outputMarkerFile).sort();
    expect(names).toEqual([...slides.map((_slide, index) => `${String(index + 1).padStart(2, '0')}.png`), contactSheetFile].sort());
    expect(files.map((file) => path.basename(file)).sort()).toEqual(names);
    for (const name of names.filter((file) => file !== contactSheetFile)) {
      expect(pngSize(await readFile(path.join(outDir, name))), name).toEqual({ width: 1920, height: 1080 });
    }
    const sheet = pngSize(await readFile(path.join(outDir, contactSheetFile)));
    expect(sheet.width).toBeGreaterThan(1000);
    expect(sheet.height).toBeGreaterThan(500);
  });

  it('leaves earlier images untouched and no scratch files behind when it fails', async () => {
    const before = await readFile(path.join(outDir, '01.png'));
    await writeFile(path.join(outDir, 'marker.txt'), 'earlier run');
    const failure = await exportPng({ distDir: 'dist', outDir, timeoutMs: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeckError);
    expect((failure as DeckError).exitCode).toBe(124);
    expect(Buffer.from(before).equals(await readFile(path.join(outDir, '01.png')))).toBe(true);
    expect(await readFile(path.join(outDir, 'marker.txt'), 'utf8')).toBe('earlier run');
    const siblings = await readdir(path.dirname(outDir));
    expect(siblings.filter((name) => name.includes('-tmp-'))).toEqual([]);

    const noBuild = await exportPng({ distDir: 'no-such-dist', outDir }).catch((error: unknown) => error);
    expect((noBuild as DeckError).exitCode).toBe(66);
    await rm(path.join(outDir, 'marker.txt'));
    await mkdir(outDir, { recursive: true });
  });
});
