import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeckError } from '../../src/base/errors.ts';
import { outputMarkerFile, writeOutputMarker } from '../../src/base/output-marker.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { contactSheetFile, exportPng, pngOutputKind } from '../../src/png/export-png.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';

const artifacts = 'tests/artifacts/png';
let slides: Slide[];

function pngSize(data: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(data);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  slides = allSlides((await loadDeckOrThrow(fixtureDecks.basic)).deck);
});

describe('PNG export of the fixture deck', () => {
  it('writes one 1920×1080 PNG per slide and a contact sheet', async () => {
    // The images stay in tests/artifacts/png/slides for review.
    const outDir = path.join(artifacts, 'slides');
    await rm(outDir, { recursive: true, force: true });
    const { files } = await exportPng({ distDir: fixtureBuilds.basic, outDir });
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
    const outDir = path.join(artifacts, 'failures');
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    const earlier = { '01.png': 'an earlier image', 'contact-sheet.png': 'an earlier sheet' };
    for (const [name, text] of Object.entries(earlier)) await writeFile(path.join(outDir, name), text);
    // An earlier export's folder, marked as ours: only such a folder may be replaced.
    await writeOutputMarker(outDir, { kind: pngOutputKind, files: Object.keys(earlier) });

    const failure = await exportPng({ distDir: fixtureBuilds.basic, outDir, timeoutMs: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeckError);
    expect((failure as DeckError).exitCode).toBe(124);
    const noBuild = await exportPng({ distDir: path.join(artifacts, 'no-such-dist'), outDir }).catch((error: unknown) => error);
    expect(noBuild).toBeInstanceOf(DeckError);
    expect((noBuild as DeckError).exitCode).toBe(66);

    for (const [name, text] of Object.entries(earlier)) expect(await readFile(path.join(outDir, name), 'utf8'), name).toBe(text);
    expect((await readdir(outDir)).filter((name) => name !== outputMarkerFile).sort()).toEqual(Object.keys(earlier).sort());
    expect((await readdir(artifacts)).filter((name) => name.includes('-tmp-'))).toEqual([]);
  });
});
