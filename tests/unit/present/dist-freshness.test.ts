import { cp, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { deckFile, serializeDeck } from '../../../src/model/deck-file.ts';
import { distFreshness } from '../../../src/present/dist-freshness.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';

describe('distFreshness', () => {
  let dir: string;
  let slidesDir: string;
  let distDir: string;
  let codeDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'present-fresh-'));
    slidesDir = path.join(dir, 'slides');
    distDir = path.join(dir, 'dist');
    codeDir = path.join(dir, 'src');
    await cp(fixtureDecks.basic, slidesDir, { recursive: true });
    await mkdir(codeDir);
    await writeFile(path.join(codeDir, 'code.ts'), 'export {};\n');
    const past = new Date(Date.now() - 60_000);
    await utimes(path.join(codeDir, 'code.ts'), past, past);
    // What a build writes: the Deck it rendered, beside index.html.
    await mkdir(distDir);
    await writeFile(path.join(distDir, 'index.html'), '<!doctype html>');
    await writeFile(path.join(distDir, deckFile), serializeDeck((await loadDeckOrThrow(slidesDir)).deck));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const check = () => distFreshness({ distDir, slidesDir, codePaths: [codeDir] });

  it('is fresh when slides/ gives the Deck the build wrote, and no code is newer', async () => {
    expect(await check()).toEqual({ fresh: true });
  });

  it('is stale without a build', async () => {
    await rm(distDir, { recursive: true });
    expect(await check()).toEqual({ fresh: false, reason: { kind: 'noBuild', dir: distDir } });
  });

  it('is stale when a figure changed in slides/, whatever the dates say', async () => {
    const file = path.join(slidesDir, '03-so-lieu.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('value: 83', 'value: 84'));
    const past = new Date(Date.now() - 3_600_000);
    await utimes(file, past, past);
    expect(await check()).toEqual({ fresh: false, reason: { kind: 'content', dir: slidesDir } });
  });

  it('is stale when the code changed after the build', async () => {
    await writeFile(path.join(codeDir, 'code.ts'), 'export const changed = true;\n');
    const future = new Date(Date.now() + 60_000);
    await utimes(path.join(codeDir, 'code.ts'), future, future);
    expect(await check()).toEqual({ fresh: false, reason: { kind: 'code', file: path.join(codeDir, 'code.ts') } });
  });
});
