import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { brokenDeckProblems, fixtureDecks } from '../helpers/fixture-decks.ts';
import { readPptx } from '../helpers/read-pptx.ts';
import { commandLine } from './support/processes.ts';

const run = promisify(execFile);
type Failure = { code: number; stdout: string; stderr: string };

describe('npm run pptx', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'deck-pptx-cli-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('explains itself with --help', async () => {
    const { stdout } = await run(process.execPath, commandLine('src/cli/pptx.ts', ['--help']));
    expect(stdout).toMatch(/^Cách dùng: npm run pptx/);
    expect(stdout).toContain('--out TỆP');
  });

  it('exports a deck to --out, one PowerPoint slide per slide', async () => {
    const out = path.join(work, 'fixture.pptx');
    await run(process.execPath, commandLine('src/cli/pptx.ts', ['--slides', fixtureDecks.basic, '--out', out]), {
      env: { ...process.env, CI: 'true' },
    });
    const slides = allSlides((await loadDeckOrThrow(fixtureDecks.basic)).deck);
    // Each slide's second line is its title: after the author on the title slide, after the section label elsewhere.
    expect((await readPptx(out)).slideText.map((text) => text.split('\n')[1])).toEqual(slides.map((slide) => slide.title));
  });

  it('stops on bad content with every problem, exit code 65, and leaves the earlier file alone', async () => {
    const out = path.join(work, 'deck.pptx');
    await writeFile(out, 'an earlier export');
    const failure = await run(process.execPath, commandLine('src/cli/pptx.ts', ['--slides', fixtureDecks.broken, '--out', out]), {
      env: { ...process.env, CI: 'true' },
    }).then(
      () => undefined,
      (error: Failure) => error,
    );
    expect(failure?.code).toBe(65);
    expect(failure?.stderr).toMatch(/^Lỗi: /);
    for (const problem of brokenDeckProblems) expect(failure?.stderr).toContain(problem);
    expect(failure?.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await readFile(out, 'utf8')).toBe('an earlier export');
  });
});
