import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, renderPptxWithLibreOffice } from '../../../scripts/check-pptx-rendering.ts';
import { exportPptx } from '../../../src/pptx/export-pptx.ts';
import { fontFamilies } from '../../../src/theme/palette.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { type PptxParts, readPptx } from '../../helpers/read-pptx.ts';

const run = promisify(execFile);

/**
 * Every letter Vietnamese writes beyond ASCII, precomposed (NFC, as the content is): the ranges a
 * font must cover for a slide never to mix two fonts inside a word.
 */
const vietnameseLetters = [
  ...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư',
  ...Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_value, index) => String.fromCodePoint(0x1ea0 + index)),
];

let work: string;
let pptx: PptxParts;
let out: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deck-pptx-font-'));
  out = path.join(work, 'deck.pptx');
  await exportPptx({ slidesDir: fixtureDecks.design, out });
  pptx = await readPptx(out);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the PowerPoint file’s font and its fallback', () => {
  it('names Be Vietnam Pro for every run, marked as a sans-serif (Swiss) family, so a viewer without it substitutes a sans-serif', () => {
    const faces = new Set(
      pptx.slideXml.flatMap((xml) => [...xml.matchAll(/<a:latin typeface="([^"]*)" pitchFamily="(\d+)"/g)].map((m) => `${m[1]}/${m[2]}`)),
    );
    expect([...faces]).toEqual([`${fontFamilies[0]}/34`]);
  });
});

// The fallback is checked where it can be: on a machine with fontconfig and LibreOffice (CI has neither; `npm run check:pptx` runs there).
const soffice = findSoffice();
const fontconfig = spawnSync('sh', ['-c', 'command -v fc-match && command -v fc-list'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!soffice || !fontconfig)('the fallback font LibreOffice uses where Be Vietnam Pro is not installed', () => {
  it('has every Vietnamese letter', async () => {
    const { stdout: matched } = await run('fc-match', ['--format=%{family[0]}', fontFamilies[0]]);
    const charset = vietnameseLetters.map((letter) => letter.codePointAt(0)?.toString(16)).join(' ');
    const { stdout: covering } = await run('fc-list', [`:charset=${charset}`, 'family']);
    const families = covering.split('\n').flatMap((line) => line.split(','));
    expect(families, `${matched} should cover every Vietnamese letter`).toContain(matched);
  });

  it('sets every text of the slides in one family, so no word mixes two fonts', { timeout: 150_000 }, async () => {
    const rendering = await renderPptxWithLibreOffice(out, { workDir: path.join(work, 'render'), soffice, dpi: 12 });
    const { stdout } = await run('pdffonts', [rendering.pdf]);
    const families = new Set(
      stdout
        .split('\n')
        .slice(2)
        .map((line) =>
          line
            .split(/\s+/)[0]
            ?.replace(/^[A-Z]{6}\+/, '')
            .replace(/-(Regular|Bold|Oblique|BoldOblique|Italic)$/, ''),
        )
        .filter(Boolean),
    );
    // LibreOffice draws list bullets (•) from its own symbol font; every letter comes from one family.
    families.delete('OpenSymbol');
    expect([...families]).toHaveLength(1);
  });
});
