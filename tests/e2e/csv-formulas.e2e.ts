import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../src/pdf/export-pdf.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { type ScratchDeck, scratchDeck } from '../helpers/scratch-deck.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

const run = promisify(execFile);
const quiet = { step: () => undefined, done: () => undefined };
/** Chart labels a spreadsheet would run: a link that calls out, and a function. */
const risky = ['=HYPERLINK(X)', '@SUM(X)'];

let deck: ScratchDeck;
let work: string;
let browser: Browser;

beforeAll(async () => {
  deck = await scratchDeck(fixtureDecks.basic);
  await deck.edit('03-so-lieu.md', (text) =>
    text.replace('label: Nhóm A', `label: "${risky[0]}"`).replace('label: Nhóm B', `label: "${risky[1]}"`),
  );
  work = await mkdtemp(path.join(tmpdir(), 'csv-formulas-'));
  await buildSite({ root: process.cwd(), slidesDir: deck.dir, outDir: path.join(work, 'dist'), progress: quiet, ogImage: false });
  browser = await connectSharedBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.disconnect();
  await deck?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

const labelsOf = (csv: Buffer): string[] =>
  (parse(csv, { bom: true, columns: true }) as Record<string, string>[]).map((row) => row['Hạng mục'] ?? '');

describe('chart labels that a spreadsheet would run as formulas', () => {
  it('are text, with an apostrophe in front, in the CSV download and in the PDF’s attachment alike', async () => {
    const download = await readFile(path.join(work, 'dist', 'data', '04-xu-ly-vu-viec.csv'));
    expect(labelsOf(download)).toEqual(risky.map((label) => `'${label}`));

    const pdf = path.join(work, 'deck.pdf');
    await exportPdf({
      distDir: path.join(work, 'dist'),
      outputs: [{ layout: 'slides', out: pdf }],
      fragments: false,
      timeoutMs: 30_000,
      creator: 'test',
      progress: quiet,
      browser,
    });
    const { stdout } = await run('pdfdetach', ['-list', pdf]);
    const number = /^(\d+): 04-xu-ly-vu-viec\.csv$/m.exec(stdout)?.[1];
    expect(number, stdout).toBeDefined();
    const saved = path.join(work, 'attachment.csv');
    await run('pdfdetach', ['-save', String(number), '-o', saved, pdf]);
    const attachment = await readFile(saved);
    expect(labelsOf(attachment)).toEqual(risky.map((label) => `'${label}`));
    expect(attachment.equals(download)).toBe(true);
  });
});
