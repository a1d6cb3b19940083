import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenDeckProblems, fixtureDecks } from '../helpers/fixture-decks.ts';
import { commandLine } from './support/processes.ts';

const run = promisify(execFile);

describe('npm run build with bad content (the broken fixture deck)', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'deck-build-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('lists every problem with file, line and field, exits 65 and leaves the earlier output alone', async () => {
    const outDir = path.join(work, 'dist');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), 'earlier build');
    const failure = await run(process.execPath, commandLine('src/cli/build.ts', ['--slides', fixtureDecks.broken, '--out', outDir]), {
      env: { ...process.env, CI: 'true' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(65);
    const shownDir = path.relative(process.cwd(), fixtureDecks.broken);
    expect(failure?.stderr.trim().split('\n')).toEqual([
      `Lỗi: Có ${brokenDeckProblems.length} chỗ cần sửa trong nội dung:`,
      ...brokenDeckProblems.map((problem) => `  ${path.join(shownDir, problem)}`),
    ]);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('earlier build');
  });
});

describe('npm run build of a deck whose chart sets 2017 beside 2016 (the years fixture deck)', () => {
  it('builds the site, each value with its own year’s sentence in deck.json', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'deck-years-'));
    try {
      const outDir = path.join(work, 'dist');
      await run(process.execPath, commandLine('src/cli/build.ts', ['--slides', fixtureDecks.years, '--out', outDir, '--no-og-image']), {
        env: { ...process.env, CI: 'true' },
      });
      const built = await readFile(path.join(outDir, 'deck.json'), 'utf8');
      expect(built).toContain('"2016|lực lượng chức năng huyện Mẫu đã xử lý 76 vụ vi phạm"');
      expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('(bài viết năm 2016)');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
